using System.ComponentModel.DataAnnotations;
using MunicipalPress.Domain.Reporting;

namespace MunicipalPress.Application.ReportingYears;

/// <summary>Body of POST/PUT /api/v1/reporting-years and the campaign form.</summary>
public sealed class ReportingYearRequest : IValidatableObject
{
    [Range(ReportingYear.MinYear, ReportingYear.MaxYear)]
    public int Year { get; set; }

    public DateOnly OpensOn { get; set; }

    public DateOnly Deadline { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Deadline < OpensOn)
        {
            yield return new ValidationResult("The deadline must not be before the opening date.", [nameof(Deadline)]);
        }
    }
}
