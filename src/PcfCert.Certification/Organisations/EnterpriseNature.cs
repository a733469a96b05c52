namespace PcfCert.Certification.Organisations;

/// <summary>企业性质: the enterprise nature options of the application form (CEC-7065CVP-A/0 annex 1, part 三).</summary>
public enum EnterpriseNature
{
    /// <summary>国有企业</summary>
    StateOwned = 1,

    /// <summary>集体企业</summary>
    Collective = 2,

    /// <summary>民营企业</summary>
    Private = 3,

    /// <summary>个体企业</summary>
    IndividualBusiness = 4,

    /// <summary>中外合资企业</summary>
    SinoForeignJointVenture = 5,

    /// <summary>外资独资企业</summary>
    WhollyForeignOwned = 6,

    /// <summary>港、澳、台资企业</summary>
    HongKongMacaoTaiwanFunded = 7,

    /// <summary>股份制企业</summary>
    JointStock = 8,

    /// <summary>境外企业</summary>
    Overseas = 9,

    /// <summary>其它</summary>
    Other = 10,
}
