namespace PcfCert.Certification.Personnel;

/// <summary>
/// A competence evaluation (能力评价, CEC 5.2.2: "CEC 对本机构的产品碳足迹认证人员的能力做出评价") of one person for one
/// personnel type, made by a competence evaluator (认证人员能力评价人员) who is not the person evaluated.
/// </summary>
/// <param name="Id">Identity.</param>
/// <param name="PersonnelType">The role the person was evaluated for (a role key, e.g. Inspector).</param>
/// <param name="Competent">The result: competent for the type or not.</param>
/// <param name="Basis">What the evaluation rested on (education, training, experience, observation).</param>
/// <param name="ProductAreas">Product areas the result covers.</param>
/// <param name="EvaluatedOn">Day of the evaluation.</param>
/// <param name="EvaluatorUserId">The evaluator's user account.</param>
/// <param name="EvaluatorName">The evaluator's name.</param>
public sealed record CompetenceEvaluation(
    Guid Id, string PersonnelType, bool Competent, string Basis, IReadOnlyList<string> ProductAreas, DateOnly EvaluatedOn,
    string EvaluatorUserId, string EvaluatorName);
