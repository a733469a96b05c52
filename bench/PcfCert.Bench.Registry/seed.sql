-- Seeds :n certificates (CEC numbers over two years) copied from the demo certificate, with holder names drawn from
-- 40 cities × 25 trades × a serial, each with its current version and its issue in the history. PostgreSQL only.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE seed AS
SELECT g,
       gen_random_uuid() AS id,
       2024 + (g - 1) / 50000 AS year,
       (g - 1) % 50000 + 1 AS seq,
       (ARRAY['无锡','苏州','杭州','宁波','深圳','东莞','佛山','天津','青岛','厦门','合肥','成都','重庆','武汉','长沙','西安','郑州','济南','南京','常州',
              '昆山','嘉兴','绍兴','温州','泉州','福州','南昌','贵阳','昆明','南宁','太原','石家庄','唐山','大连','沈阳','长春','哈尔滨','兰州','银川','乌鲁木齐'])[1 + g % 40]
       || (ARRAY['精密电子','新能源','电容器','半导体','光电','电器','机电','材料','电源','微电子','传感器','连接器','线缆','磁性材料','储能',
                 '电力设备','照明','石油装备','化工','泵业','电机','仪表','钻具','防爆电器','智能科技'])[1 + (g / 40) % 25]
       || '有限公司' || lpad((g % 997)::text, 3, '0') || '号' AS holder
FROM generate_series(1, :n) AS g;

INSERT INTO certificates ("Id","Number","SchemeId","NumberYear","NumberSequence","Status","IssuedOn","ValidUntil","HolderOrganisationId",
    "HolderName","ProjectReference","DecisionReference","InitialInspectionEndedOn","SuspendedOn","SuspensionReason","RecertificationRequired",
    "RecertificationRequiredSince","ReplacedByNumber","ReplacesNumber","ConcurrencyStamp")
SELECT s.id, 'CEC-PCF-' || s.year || '-' || lpad(s.seq::text, 5, '0'), d."SchemeId", s.year, s.seq, 'Valid', make_date(s.year, 1 + s.seq % 12, 1),
       make_date(s.year + 3, 1 + s.seq % 12, 1) - 1, NULL, s.holder, NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, gen_random_uuid()
FROM seed s CROSS JOIN (SELECT "SchemeId" FROM certificates ORDER BY "IssuedOn" LIMIT 1) d;

INSERT INTO certificate_versions ("Id","Version","ParticularsJson","EffectiveOn","ChangeRequestId","SupersededOn","CertificateId")
SELECT gen_random_uuid(), 1,
       jsonb_set(jsonb_set(v."ParticularsJson"::jsonb, '{applicant,name}', to_jsonb(s.holder)), '{manufacturer,name}', to_jsonb(s.holder))::text,
       make_date(s.year, 1 + s.seq % 12, 1), NULL, NULL, s.id
FROM seed s CROSS JOIN (SELECT "ParticularsJson" FROM certificate_versions ORDER BY "EffectiveOn" LIMIT 1) v;

INSERT INTO certificate_status_changes ("Id","Sequence","From","To","Trigger","On","At","Note","Late","CertificateId")
SELECT gen_random_uuid(), 1, NULL, 'Valid', 'Issue', make_date(s.year, 1 + s.seq % 12, 1), now(), NULL, false, s.id FROM seed s;
COMMIT;
ANALYZE certificates;
ANALYZE certificate_versions;
ANALYZE certificate_status_changes;
