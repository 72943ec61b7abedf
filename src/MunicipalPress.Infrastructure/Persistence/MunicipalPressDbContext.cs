using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Auditing;
using MunicipalPress.Domain.Geography;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Infrastructure.Identity;

namespace MunicipalPress.Infrastructure.Persistence;

public class MunicipalPressDbContext(DbContextOptions<MunicipalPressDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole, string>(options), IMunicipalPressDb, IDataProtectionKeyContext
{
    /// <summary>The keys that protect cookies and bearer tokens, shared by every instance (docs/decisions/0018).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<ReportingYear> ReportingYears => Set<ReportingYear>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public Actor? Actor { get; set; }

    /// <summary>
    /// Reference data (regions, municipalities, indicators, reporting years) is audited here, field by field,
    /// whoever changes it. Reports keep whole-version snapshots written by their services instead.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var audited = ChangeTracker.Entries()
            .Where(e => e.Entity is Region or Municipality or Indicator or ReportingYear
                        && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, State: e.State, Old: e.State == EntityState.Added ? null : Values(e, original: true)))
            .ToList();
        if (audited.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var now = DateTimeOffset.UtcNow;
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        foreach (var (entry, state, old) in audited)
        {
            var current = state == EntityState.Deleted ? null : Values(entry, original: false);
            var changedOld = old is null || current is null ? old : old.Where(kv => !Equals(kv.Value, current.GetValueOrDefault(kv.Key))).ToDictionary();
            var changedNew = current is null || old is null ? current : current.Where(kv => !Equals(kv.Value, old.GetValueOrDefault(kv.Key))).ToDictionary();
            AuditEntries.Add(new AuditEntry(
                now,
                Actor?.UserId,
                Actor?.Name ?? "system",
                state.ToString(),
                entry.Metadata.ClrType.Name,
                Convert.ToString(entry.Properties.First(p => p.Metadata.IsPrimaryKey()).CurrentValue, CultureInfo.InvariantCulture) ?? "?",
                entry.Entity is Municipality m ? m.Id : null,
                changedOld is null ? null : JsonSerializer.Serialize(changedOld),
                changedNew is null ? null : JsonSerializer.Serialize(changedNew)));
        }

        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        return result;
    }

    private static Dictionary<string, object?> Values(EntityEntry entry, bool original) =>
        entry.Properties
            .Where(p => !p.Metadata.IsPrimaryKey() || original)
            .ToDictionary(p => p.Metadata.Name, p => original ? p.OriginalValue : p.CurrentValue);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MunicipalPressDbContext).Assembly);
        ApplySnakeCaseNames(builder);
    }

    /// <summary>
    /// PostgreSQL names in snake_case. EFCore.NamingConventions does not run on EF Core 10 here, so this loop
    /// renames tables, columns, keys, foreign keys and indexes (Identity's tables included).
    /// </summary>
    private static void ApplySnakeCaseNames(ModelBuilder builder)
    {
        // Tables first: default key and foreign-key names are derived from the (principal) table names.
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table)
            {
                entity.SetTableName(ToSnakeCase(table.StartsWith("AspNet", StringComparison.Ordinal) ? table[6..] : table));
            }
        }

        foreach (var entity in builder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName() != "xmin")
                {
                    property.SetColumnName(ToSnakeCase(property.GetColumnName()));
                }
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName()!));
            }
        }
    }

    internal static string ToSnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (i > 0 && name[i - 1] != '_' && (previousIsLowerOrDigit || (nextIsLower && char.IsUpper(name[i - 1]))))
                {
                    result.Append('_');
                }

                result.Append(char.ToLowerInvariant(c));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
