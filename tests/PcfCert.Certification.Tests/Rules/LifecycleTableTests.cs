using PcfCert.Certification.Certificates;
using PcfCert.Certification.Rules;
using PcfCert.Certification.Workflow;

namespace PcfCert.Certification.Tests.Rules;

/// <summary>
/// Each lifecycle's table written out by hand (null = illegal) and checked for every (state, trigger) pair, so a
/// change to a table in the code fails here unless it is also made here.
/// </summary>
public sealed class LifecycleTableTests
{
    public static TheoryData<NonconformityStatus, NonconformityTrigger, bool, NonconformityStatus?> Nonconformity() =>
        Every<NonconformityStatus, NonconformityTrigger>((s, t, exhausted) => (s, t) switch
        {
            // CEC 5.6 / PCEC 7.4: evidence within the deadline, the team judges it; PCEC allows two submissions.
            (NonconformityStatus.Open, NonconformityTrigger.SubmitRectification) => NonconformityStatus.EvidenceSubmitted,
            (NonconformityStatus.Open, NonconformityTrigger.MissDeadline) => NonconformityStatus.Failed,
            (NonconformityStatus.EvidenceSubmitted, NonconformityTrigger.AcceptRectification) => NonconformityStatus.Closed,
            (NonconformityStatus.EvidenceSubmitted, NonconformityTrigger.ReturnRectification) =>
                exhausted ? NonconformityStatus.Failed : NonconformityStatus.Open,
            _ => null,
        });

    [Theory]
    [MemberData(nameof(Nonconformity))]
    public void Nonconformity_table(NonconformityStatus from, NonconformityTrigger trigger, bool exhausted, NonconformityStatus? expected) =>
        Check(NonconformityLifecycle.Table, from, trigger, exhausted ? NonconformityLifecycle.SubmissionsExhausted : null, expected,
            e => Assert.Equal(WorkflowError.IllegalTransition, Assert.IsType<WorkflowException>(e).Error));

    public static TheoryData<FindingStatus, FindingTrigger, bool, FindingStatus?> Finding() =>
        Every<FindingStatus, FindingTrigger>((s, t, _) => (s, t) switch
        {
            (FindingStatus.Open or FindingStatus.Answered, FindingTrigger.Respond) => FindingStatus.Answered,
            (FindingStatus.Open or FindingStatus.Answered, FindingTrigger.Close) => FindingStatus.Closed,
            _ => null, // a closed finding can be neither answered nor closed again
        });

    [Theory]
    [MemberData(nameof(Finding))]
    public void Finding_table(FindingStatus from, FindingTrigger trigger, bool _, FindingStatus? expected) =>
        Check(FindingLifecycle.Table, from, trigger, null, expected,
            e => Assert.Equal(WorkflowError.IllegalTransition, Assert.IsType<WorkflowException>(e).Error));

    /// <summary>The conditions a change request's table reads: none, the latest inspection passed, the inspection being recorded failed.</summary>
    public static TheoryData<ChangeRequestStatus, ChangeRequestTrigger, string?, ChangeRequestStatus?> ChangeRequest()
    {
        var data = new TheoryData<ChangeRequestStatus, ChangeRequestTrigger, string?, ChangeRequestStatus?>();
        foreach (var from in Enum.GetValues<ChangeRequestStatus>())
        {
            foreach (var trigger in Enum.GetValues<ChangeRequestTrigger>())
            {
                foreach (var condition in new[] { null, RequestLifecycles.InspectionPassed, RequestLifecycles.InspectionFailed })
                {
                    // CEC 7.3 "检查合格后方能变更"; PCEC 9.3.
                    ChangeRequestStatus? expected = (from, trigger) switch
                    {
                        (ChangeRequestStatus.Filed, ChangeRequestTrigger.RequireInspection) => ChangeRequestStatus.InspectionRequired,
                        (ChangeRequestStatus.InspectionRequired, ChangeRequestTrigger.RecordInspection) =>
                            condition == RequestLifecycles.InspectionFailed ? ChangeRequestStatus.Rejected : ChangeRequestStatus.InspectionRequired,
                        (ChangeRequestStatus.Filed, ChangeRequestTrigger.Approve) => ChangeRequestStatus.Approved,
                        (ChangeRequestStatus.InspectionRequired, ChangeRequestTrigger.Approve) =>
                            condition == RequestLifecycles.InspectionPassed ? ChangeRequestStatus.Approved : null,
                        (ChangeRequestStatus.Filed or ChangeRequestStatus.InspectionRequired, ChangeRequestTrigger.Reject) => ChangeRequestStatus.Rejected,
                        _ => null,
                    };
                    data.Add(from, trigger, condition, expected);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ChangeRequest))]
    public void Change_request_table(ChangeRequestStatus from, ChangeRequestTrigger trigger, string? condition, ChangeRequestStatus? expected) =>
        Check(RequestLifecycles.ChangeRequest, from, trigger, condition, expected, CertificateErrorIs(CertificateError.IllegalChangeRequestMove));

    public static TheoryData<HolderRequestStatus, HolderRequestTrigger, bool, HolderRequestStatus?> HolderRequest() =>
        Every<HolderRequestStatus, HolderRequestTrigger>((s, t, _) => (s, t) switch
        {
            (HolderRequestStatus.Pending, HolderRequestTrigger.Accept) => HolderRequestStatus.Accepted,
            (HolderRequestStatus.Pending, HolderRequestTrigger.Decline) => HolderRequestStatus.Declined,
            _ => null,
        });

    [Theory]
    [MemberData(nameof(HolderRequest))]
    public void Holder_request_table(HolderRequestStatus from, HolderRequestTrigger trigger, bool _, HolderRequestStatus? expected) =>
        Check(RequestLifecycles.HolderRequest, from, trigger, null, expected, CertificateErrorIs(CertificateError.RequestAlreadyDecided));

    public static TheoryData<SurveillanceStatus, SurveillanceTrigger, bool, SurveillanceStatus?> Surveillance() =>
        Every<SurveillanceStatus, SurveillanceTrigger>((s, t, _) => (s, t) switch
        {
            // CEC 6.2, PCEC 8.1: a surveillance is an on-site inspection: team (re-planned until it starts), inspection, verdict.
            (SurveillanceStatus.Open, SurveillanceTrigger.AssignTeam) => SurveillanceStatus.TeamAssigned,
            (SurveillanceStatus.TeamAssigned, SurveillanceTrigger.AssignTeam) => SurveillanceStatus.TeamAssigned,
            (SurveillanceStatus.TeamAssigned, SurveillanceTrigger.StartInspection) => SurveillanceStatus.Inspecting,
            (SurveillanceStatus.Inspecting, SurveillanceTrigger.Record) => SurveillanceStatus.Inspecting,
            (SurveillanceStatus.Inspecting, SurveillanceTrigger.Pass) => SurveillanceStatus.Completed,
            (SurveillanceStatus.Inspecting, SurveillanceTrigger.Fail) => SurveillanceStatus.Completed,
            _ => null,
        });

    [Theory]
    [MemberData(nameof(Surveillance))]
    public void Surveillance_table(SurveillanceStatus from, SurveillanceTrigger trigger, bool _, SurveillanceStatus? expected) =>
        Check(RequestLifecycles.Surveillance, from, trigger, null, expected, CertificateErrorIs(CertificateError.IllegalSurveillanceMove));

    [Fact]
    public void A_table_refuses_the_same_move_twice()
    {
        var rows = new Transition<FindingStatus, FindingTrigger>[]
        {
            new(FindingStatus.Open, FindingTrigger.Close, FindingStatus.Closed),
            new(FindingStatus.Open, FindingTrigger.Close, FindingStatus.Answered),
        };
        Assert.Throws<ArgumentException>(() => new TransitionTable<FindingStatus, FindingTrigger>(rows,
            (f, t) => new WorkflowException(WorkflowError.IllegalTransition, f, t)));
    }

    [Fact]
    public void A_missing_field_error_carries_the_field_path_and_lists_every_problem()
    {
        var one = new WorkflowException(WorkflowError.MissingField, "conclusion.conformityStatement");
        Assert.Equal("conclusion.conformityStatement", one.Path);
        var all = new WorkflowException([
            WorkflowException.Problem(WorkflowError.MissingField, "timeBoundary.from", "timeBoundary.from"),
            WorkflowException.Problem(WorkflowError.InvalidValue, "timeBoundary.to", "timeBoundary.to"),
        ]);
        Assert.Equal(["timeBoundary.from", "timeBoundary.to"], all.Problems.Select(p => p.Path));
        Assert.Equal(WorkflowError.MissingField, all.Error);
    }

    private static TheoryData<TS, TT, bool, TS?> Every<TS, TT>(Func<TS, TT, bool, TS?> expected)
        where TS : struct, Enum
        where TT : struct, Enum
    {
        var data = new TheoryData<TS, TT, bool, TS?>();
        foreach (var from in Enum.GetValues<TS>())
        {
            foreach (var trigger in Enum.GetValues<TT>())
            {
                foreach (var condition in new[] { false, true })
                {
                    data.Add(from, trigger, condition, expected(from, trigger, condition));
                }
            }
        }
        return data;
    }

    private static void Check<TS, TT>(TransitionTable<TS, TT> table, TS from, TT trigger, string? holding, TS? expected, Action<Exception> illegal)
        where TS : struct, Enum
        where TT : struct, Enum
    {
        Func<string, bool> holds = c => c == holding;
        Assert.Equal(expected, table.TryNext(from, trigger, holds));
        Assert.Equal(expected is not null, table.Allowed(from, holds).Contains(trigger));
        if (expected is null)
        {
            illegal(Assert.ThrowsAny<DomainException>(() => table.Next(from, trigger, holds)));
        }
    }

    private static Action<Exception> CertificateErrorIs(CertificateError error) =>
        e => Assert.Equal(error, Assert.IsType<CertificateDomainException>(e).Error);
}
