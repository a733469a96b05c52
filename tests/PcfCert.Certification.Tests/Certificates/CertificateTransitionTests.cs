using PcfCert.Certification.Certificates;
using S = PcfCert.Certification.Certificates.CertificateStatus;
using T = PcfCert.Certification.Certificates.CertificateTrigger;

namespace PcfCert.Certification.Tests.Certificates;

public sealed class CertificateTransitionTests
{
    // The expected table, written out by hand from CEC 7.4 / PCEC 9.4 (null = illegal). Every (state, trigger)
    // pair is a row, so a change to the table in the code fails here unless it is also made here.
    public static TheoryData<S, T, S?> Table()
    {
        var expected = new Dictionary<(S, T), S>
        {
            [(S.Valid, T.Suspend)] = S.Suspended,
            [(S.Valid, T.Revoke)] = S.Revoked,
            [(S.Valid, T.Cancel)] = S.Cancelled,
            [(S.Valid, T.Expire)] = S.Expired,
            [(S.Valid, T.ReplaceByRecertification)] = S.Superseded,
            [(S.Valid, T.IssueChangedVersion)] = S.Valid,
            [(S.Valid, T.FlagForRecertification)] = S.Suspended, // CEC annex 3 cl. 10.1, PCEC annex 1 cl. 11.1: 认证结果即时失效
            [(S.Suspended, T.Restore)] = S.Valid,
            [(S.Suspended, T.Revoke)] = S.Revoked,
            [(S.Suspended, T.SuspensionLapsed)] = S.Revoked,
            [(S.Suspended, T.Cancel)] = S.Cancelled,
            [(S.Suspended, T.Expire)] = S.Expired,
            [(S.Suspended, T.FlagForRecertification)] = S.Suspended,
            [(S.Suspended, T.ReplaceByRecertification)] = S.Superseded,
        };
        var data = new TheoryData<S, T, S?>();
        foreach (var state in Enum.GetValues<S>())
        {
            foreach (var trigger in Enum.GetValues<T>())
            {
                data.Add(state, trigger, expected.TryGetValue((state, trigger), out var to) ? to : null);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void The_table_decides_every_state_and_trigger(S from, T trigger, S? expected)
    {
        Assert.Equal(expected, CertificateTransitions.Next(from, trigger));
        if (expected is null)
        {
            var error = Assert.Throws<CertificateDomainException>(() => CertificateTransitions.Apply(from, trigger));
            Assert.Equal(CertificateError.IllegalTransition, error.Error);
        }
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void The_aggregate_follows_the_table_and_never_ignores_an_illegal_move(S from, T trigger, S? expected)
    {
        if (trigger == T.Issue)
        {
            return; // issuance creates the certificate; it is not a move of an existing one
        }
        var c = CertificateBuilder.InStatus(from);
        var stamp = c.ConcurrencyStamp;
        var historyBefore = c.History.Count;
        var act = Act(c, trigger);
        if (expected is null)
        {
            Assert.Throws<CertificateDomainException>(act);
            Assert.Equal(from, c.Status);
            Assert.Equal(stamp, c.ConcurrencyStamp);
            Assert.Equal(historyBefore, c.History.Count);
        }
        else
        {
            act();
            Assert.Equal(expected, c.Status);
            Assert.NotEqual(stamp, c.ConcurrencyStamp);
            Assert.Equal(trigger, c.History[^1].Trigger);
        }
    }

    private static Action Act(Certificate c, T trigger)
    {
        var rules = CitedCertificateRules.Cec;
        var at = CertificateBuilder.At;
        // Dates are chosen so that the date rules allow the move; only the table decides here.
        var late = c.ValidUntil.AddDays(1);
        return trigger switch
        {
            T.Suspend => () => c.Suspend("原因", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 1), at, rules),
            T.Restore => () => c.Restore(new RestorationBasis(new DateOnly(2026, 5, 1), new Reinspection(Guid.NewGuid(), new DateOnly(2026, 5, 1), true)),
                new DateOnly(2026, 5, 2), at, rules),
            T.Revoke => () => c.Revoke("原因", new DateOnly(2026, 5, 1), at),
            T.SuspensionLapsed => () => c.RevokeLapsedSuspension(new DateOnly(2026, 10, 2), at, rules),
            T.Cancel => () => c.Cancel("原因", new DateOnly(2026, 5, 1), at),
            T.Expire => () => c.Expire(late, at),
            T.ReplaceByRecertification => () => c.ReplaceByRecertification("CEC-PCF-2029-00002", late, at),
            // A change takes effect within the validity (its last day), not after it (ValidityEnded).
            T.IssueChangedVersion => () => c.IssueChangedVersion(Guid.NewGuid(), new CertificateAmendment(Model: "CBB65 450V 35μF"), rules, null, c.ValidUntil, at),
            T.FlagForRecertification => () => c.FlagForRecertification("增加 12%", late, at),
            _ => throw new ArgumentOutOfRangeException(nameof(trigger)),
        };
    }
}
