namespace PcfCert.Certification.Calendar;

/// <summary>What a date is on the Chinese working calendar.</summary>
public enum DayKind
{
    /// <summary>An ordinary Monday to Friday.</summary>
    WorkingDay,

    /// <summary>An ordinary Saturday or Sunday.</summary>
    Weekend,

    /// <summary>A statutory holiday or a rest day moved by the State Council notice (放假).</summary>
    Holiday,

    /// <summary>A Saturday or Sunday that the State Council notice makes a working day (调休上班).</summary>
    AdjustedWorkingDay,
}
