using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Regions;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Application.Users;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>An administrator sets up a campaign for a new city and its staff through the API alone.</summary>
public sealed class AdministrationApiTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    [Fact]
    public async Task Administrator_SetsUpNewYearForNewCityAndStaff_AndThePressOfficerCanStartTheReport()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);

        var region = await CreatedAsync<RegionDto>(await admin.PostAsJsonAsync("/api/v1/regions", new { name = "Новосибирская область (тест)", countryCode = "ru" }));
        var city = await CreatedAsync<MunicipalityDto>(await admin.PostAsJsonAsync("/api/v1/municipalities", new { name = "Обь", regionId = region.Id, kind = "City", population = 29000 }));
        var year = await CreatedAsync<ReportingYearDto>(await admin.PostAsJsonAsync("/api/v1/reporting-years", new { year = 2026, opensOn = "2027-01-15", deadline = "2027-03-01" }));
        var opened = await admin.PostAsync("/api/v1/reporting-years/2026/open", null);
        var officer = await CreatedAsync<UserDto>(await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = "press.ob@city.example", displayName = "Пресс-служба Оби", role = "PressOfficer", municipalityId = city.Id, password = "Obsk-Press-2026!",
        }));

        Assert.Equal("RU", region.CountryCode);
        Assert.Equal("ob", city.Slug);
        Assert.Equal(ReportingYearState.Planned, year.State);
        Assert.Equal(ReportingYearState.Open, (await opened.Content.ReadFromJsonAsync<ReportingYearDto>(JsonDefaults.Options))!.State);
        Assert.Equal("Обь", officer.MunicipalityName);

        using var press = await app.CreateClientForAsync("press.ob@city.example", "Obsk-Press-2026!");
        var draft = await press.PostAsync($"/api/v1/municipalities/{city.Id}/reports/2025", null);
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
    }

    [Fact]
    public async Task ArchivedMunicipality_KeepsReports_LeavesLists_RefusesNewDrafts_AndRestores()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var cities = await admin.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities", JsonDefaults.Options);
        var aleysk = cities!.Single(c => c.Slug == DemoGeography.Aleysk);

        var archived = await admin.PostAsync($"/api/v1/municipalities/{aleysk.Id}/archive", null);
        var listed = await admin.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities", JsonDefaults.Options);
        var withArchived = await admin.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities?includeArchived=true", JsonDefaults.Options);
        var report2018 = await admin.GetAsync($"/api/v1/municipalities/{aleysk.Id}/reports/2018");
        var newDraft = await admin.PostAsync($"/api/v1/municipalities/{aleysk.Id}/reports/2025", null);
        var restored = await admin.PostAsync($"/api/v1/municipalities/{aleysk.Id}/restore", null);

        Assert.True((await archived.Content.ReadFromJsonAsync<MunicipalityDto>(JsonDefaults.Options))!.IsArchived);
        Assert.DoesNotContain(listed!, c => c.Id == aleysk.Id);
        Assert.Contains(withArchived!, c => c.Id == aleysk.Id);
        Assert.Equal(HttpStatusCode.OK, report2018.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, newDraft.StatusCode);
        Assert.Contains("archived", await newDraft.Content.ReadAsStringAsync());
        Assert.False((await restored.Content.ReadFromJsonAsync<MunicipalityDto>(JsonDefaults.Options))!.IsArchived);
    }

    [Fact]
    public async Task Indicator_EditNamesAndBounds_Deactivate_ValuesStayReadable()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var indicators = await admin.GetFromJsonAsync<List<IndicatorDto>>("/api/v1/indicators", JsonDefaults.Options);
        var photo = indicators!.Single(i => i.Code == "photo_reports");

        var renamed = await admin.PutAsJsonAsync($"/api/v1/indicators/{photo.Id}", new
        {
            code = photo.Code, nameRu = "Фоторепортажи на сайте", nameUk = photo.NameUk, nameEn = "Photo reports on the website",
            unit = photo.Unit, kind = photo.Kind.ToString(), category = photo.Category.ToString(), minValue = 0, maxValue = 100000, sortOrder = photo.SortOrder,
        });
        var codeChange = await admin.PutAsJsonAsync($"/api/v1/indicators/{photo.Id}", new
        {
            code = "photos", nameRu = "x", nameUk = "x", nameEn = "x", kind = "Count", category = "Media",
        });
        var deactivated = await admin.PostAsync($"/api/v1/indicators/{photo.Id}/deactivate", null);
        var active = await admin.GetFromJsonAsync<List<IndicatorDto>>("/api/v1/indicators?includeInactive=false", JsonDefaults.Options);
        var cities = await admin.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities?search=%D0%91%D0%BB%D0%B0%D0%B3", JsonDefaults.Options);
        var report = await admin.GetFromJsonAsync<Application.Reports.ReportDto>($"/api/v1/municipalities/{cities!.Single().Id}/reports/2016", JsonDefaults.Options);

        Assert.Equal("Фоторепортажи на сайте", (await renamed.Content.ReadFromJsonAsync<IndicatorDto>(JsonDefaults.Options))!.NameRu);
        Assert.Equal(HttpStatusCode.BadRequest, codeChange.StatusCode);
        Assert.False((await deactivated.Content.ReadFromJsonAsync<IndicatorDto>(JsonDefaults.Options))!.IsActive);
        Assert.DoesNotContain(active!, i => i.Id == photo.Id);
        Assert.Contains(report!.IndicatorValues, v => v.Code == "photo_reports" && v.Value == 360m);
    }

    [Fact]
    public async Task Users_ChangeRole_Disable_ResetPassword()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var user = await CreatedAsync<UserDto>(await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = "second.analyst@demo.local", displayName = "Второй аналитик", role = "Analyst", password = "Second-Analyst-1",
        }));

        var disabled = await admin.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { displayName = "Второй аналитик", role = "Analyst", isDisabled = true });
        var loginWhileDisabled = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "second.analyst@demo.local", password = "Second-Analyst-1" });
        var enabled = await admin.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { displayName = "Второй аналитик", role = "Administrator", isDisabled = false });
        var reset = await admin.PostAsJsonAsync($"/api/v1/users/{user.Id}/reset-password", new { password = "Brand-New-Password-2" });
        var loginAfterReset = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "second.analyst@demo.local", password = "Brand-New-Password-2" });
        var list = await admin.GetFromJsonAsync<List<UserDto>>("/api/v1/users", JsonDefaults.Options);

        Assert.True((await disabled.Content.ReadFromJsonAsync<UserDto>(JsonDefaults.Options))!.IsDisabled);
        Assert.Equal(HttpStatusCode.Unauthorized, loginWhileDisabled.StatusCode);
        Assert.Equal("Administrator", (await enabled.Content.ReadFromJsonAsync<UserDto>(JsonDefaults.Options))!.Role);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, loginAfterReset.StatusCode);
        Assert.Contains(list!, u => u.Email == "second.analyst@demo.local" && !u.IsDisabled);
    }

    [Theory]
    [InlineData("/api/v1/regions", "{\"name\":\"\",\"countryCode\":\"Russia\"}", "name", "countryCode")]
    [InlineData("/api/v1/municipalities", "{\"name\":\"\",\"regionId\":0,\"kind\":\"City\",\"population\":-1}", "name", "regionId", "population")]
    [InlineData("/api/v1/reporting-years", "{\"year\":2030,\"opensOn\":\"2031-03-01\",\"deadline\":\"2031-01-01\"}", "deadline")]
    [InlineData("/api/v1/users", "{\"email\":\"not-an-email\",\"displayName\":\"X\",\"role\":\"PressOfficer\",\"password\":\"short\"}", "email", "password", "municipalityId")]
    [InlineData("/api/v1/indicators", "{\"code\":\"Bad Code\",\"nameRu\":\"\",\"nameUk\":\"x\",\"nameEn\":\"x\"}", "code", "nameRu")]
    public async Task Create_InvalidInput_Returns400WithFieldErrors(string route, string body, params string[] fields)
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);

        var response = await admin.PostAsync(route, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var field in fields)
        {
            Assert.Contains(field, errors);
        }
    }

    [Fact]
    public async Task ReferenceDataChanges_AreAudited()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        await admin.PostAsJsonAsync("/api/v1/regions", new { name = "Магаданская область (аудит)", countryCode = "RU" });

        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT user_name || '|' || action || '|' || new_values FROM audit_entries WHERE entity_type = 'Region' ORDER BY id DESC LIMIT 1", connection);
        var row = (string?)await command.ExecuteScalarAsync();

        Assert.NotNull(row);
        Assert.StartsWith("Администратор портала|Added|", row);
        Assert.Contains("Магаданская область (аудит)", row);
    }

    [Fact]
    public async Task AuditViewer_FiltersByUserMunicipalityAndDate()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));
        var city = (await admin.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities?search=%D0%91%D0%BB%D0%B0%D0%B3", JsonDefaults.Options))!.Single();
        var report = await officer.GetAsync($"/api/v1/municipalities/{city.Id}/reports/2025");
        var draft = (await report.Content.ReadFromJsonAsync<Application.Reports.ReportDto>(JsonDefaults.Options))!;
        using (var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reports/{draft.Id}"))
        {
            request.Content = JsonContent.Create(new
            {
                achievements = draft.Achievements.Select(a => new { id = a.Id, direction = a.Direction, text = a.Text + " Дополнено." }),
                plannedTasks = draft.PlannedTasks.Select(t => new { id = t.Id, text = t.Text }),
                indicatorValues = draft.IndicatorValues.Select(v => new { indicatorId = v.IndicatorId, value = v.Value, note = v.Note }),
                peerHighlights = draft.PeerHighlights.Select(h => new { id = h.Id, mentionedMunicipalityId = h.MentionedMunicipalityId, text = h.Text }),
            });
            request.Headers.IfMatch.Add(report.Headers.ETag!);
            Assert.Equal(HttpStatusCode.OK, (await officer.SendAsync(request)).StatusCode);
        }

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var byCity = await admin.GetFromJsonAsync<Application.Common.PagedResult<Application.Auditing.AuditEntryDto>>(
            $"/api/v1/audit?municipalityId={city.Id}&from={today}&to={today}", JsonDefaults.Options);
        var officerId = byCity!.Items.First(e => e.EntityType == "AnnualReport").UserId;
        var byUser = await admin.GetFromJsonAsync<Application.Common.PagedResult<Application.Auditing.AuditEntryDto>>(
            $"/api/v1/audit?userId={officerId}", JsonDefaults.Options);
        var forbidden = await officer.GetAsync("/api/v1/audit");

        Assert.Contains(byCity.Items, e => e.Action == "Save" && e.MunicipalityName == "Благовещенск" && e.NewValues!.Contains("Дополнено."));
        Assert.All(byUser!.Items, e => Assert.Equal(officerId, e.UserId));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        // A report's entry is read against the version before it (so the trail can say what changed), and a
        // comment's entry carries the comment itself.
        (await officer.PostAsJsonAsync($"/api/v1/reports/{draft.Id}/comments", new { comment = "Цифры по сайту уточним к пятнице." })).EnsureSuccessStatusCode();
        var comment = (await admin.GetFromJsonAsync<Application.Common.PagedResult<Application.Auditing.AuditEntryDto>>(
            $"/api/v1/audit?municipalityId={city.Id}&entityType=AnnualReport", JsonDefaults.Options))!.Items.First();
        Assert.Equal("Comment", comment.Action);
        Assert.Contains("Цифры по сайту уточним к пятнице.", comment.NewValues);
        Assert.Contains("Дополнено.", comment.OldValues);
    }

    private static async Task<T> CreatedAsync<T>(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(JsonDefaults.Options))!;
    }
}
