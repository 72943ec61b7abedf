using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Security;
using MunicipalPress.Application.Users;
using MunicipalPress.Domain.Common;
using MunicipalPress.Web.Components.Ui;

namespace MunicipalPress.Web.Components.Pages.Admin;

public partial class UserAdmin
{
    private Actor _actor = default!;
    private string _role = string.Empty;
    private string? _search;

    [CascadingParameter]
    private Task<AuthenticationState> AuthState { get; set; } = default!;

    private List<UserDto>? All { get; set; }

    private List<MunicipalityDto>? MunicipalityList { get; set; }

    private List<UiOption<string>> RoleOptions { get; set; } = [];

    private List<UiOption<string>> RoleFilterOptions { get; set; } = [];

    private List<UserDto> Shown { get; set; } = [];

    // The grid gets a new list only when a filter or the data changes, so it keeps its page and sort otherwise.
    private void Filter() => Shown =
        [.. (All ?? []).Where(u =>
            (_role.Length == 0 || u.Role == _role)
            && (string.IsNullOrWhiteSpace(_search)
                || u.Email.Contains(_search.Trim(), StringComparison.CurrentCultureIgnoreCase)
                || u.DisplayName.Contains(_search.Trim(), StringComparison.CurrentCultureIgnoreCase)
                || (u.MunicipalityName?.Contains(_search.Trim(), StringComparison.CurrentCultureIgnoreCase) ?? false)))];

    protected override async Task OnInitializedAsync()
    {
        _actor = Actor.From((await AuthState).User)!;
        RoleOptions = [.. Roles.All.Select(r => new UiOption<string>(r, RoleName(r)))];
        RoleFilterOptions = [new UiOption<string>(string.Empty, L["Filter_AllRoles"]), .. RoleOptions];

        // Loaded once the circuit is up, not while prerendering: handing prerendered lists over as persisted
        // component state would go through the circuit's first message, whose 32 KB limit a few dozen users
        // already exceed. Until then the grid shows that it is loading.
        if (RendererInfo.IsInteractive)
        {
            MunicipalityList = [.. await Municipalities.ListAsync(new MunicipalityQuery())];
            await ReloadAsync();
        }
    }

    private string RoleName(string role) => S[$"Role_{role}"];

    private static string UserRowClass(UserDto user, int index) => user.IsDisabled ? "mp-row-disabled" : string.Empty;

    /// <summary>Press officers are bound to a current municipality; a user's own archived one stays visible so the form shows it.</summary>
    private List<UiOption<int?>> MunicipalityOptions(UserDto? user)
    {
        var options = (MunicipalityList ?? [])
            .Select(m => new UiOption<int?>(m.Id, $"{m.Name} ({m.RegionName})"))
            .ToList();
        if (user is { MunicipalityId: { } id } && options.All(o => o.Value != id))
        {
            options.Add(new UiOption<int?>(id, $"{user.MunicipalityName} — {L["State_Archived"]}"));
        }

        return options;
    }

    private async Task ReloadAsync()
    {
        All = [.. await Users.ListAsync(_actor)];
        Filter();
    }

    private async Task AddAsync()
    {
        var created = await Feedback.OpenAsync<CreateUserDialog, UserDto>(
            L["Users_Add"],
            new Dictionary<string, object?>
            {
                [nameof(CreateUserDialog.Actor)] = _actor,
                [nameof(CreateUserDialog.RoleOptions)] = RoleOptions,
                [nameof(CreateUserDialog.MunicipalityOptions)] = MunicipalityOptions(null),
            });
        if (created is not null)
        {
            await ReloadAsync();
            Feedback.Success(L["Users_Created", created.Email]);
        }
    }

    private async Task EditAsync(UserDto user)
    {
        var saved = await Feedback.OpenAsync<EditUserDialog, UserDto>(
            L["Users_Edit"],
            new Dictionary<string, object?>
            {
                [nameof(EditUserDialog.Actor)] = _actor,
                [nameof(EditUserDialog.User)] = user,
                [nameof(EditUserDialog.RoleOptions)] = RoleOptions,
                [nameof(EditUserDialog.MunicipalityOptions)] = MunicipalityOptions(user),
            });
        if (saved is not null)
        {
            await ReloadAsync();
            Feedback.Success(L["Users_Saved", saved.Email]);
        }
    }

    private async Task ResetPasswordAsync(UserDto user)
    {
        var changed = await Feedback.OpenAsync<ResetPasswordDialog, UserDto>(
            L["Action_ResetPassword"],
            new Dictionary<string, object?> { [nameof(ResetPasswordDialog.Actor)] = _actor, [nameof(ResetPasswordDialog.User)] = user });
        if (changed is not null)
        {
            await ReloadAsync();
            Feedback.Success(L["Password_Changed", user.Email]);
        }
    }

    private async Task SetDisabledAsync(UserDto user, bool disabled)
    {
        if (disabled)
        {
            var confirmed = await Feedback.ConfirmAsync(
                L["Action_Disable"],
                L["Users_DisableConfirm", user.Email],
                L["Action_Disable"],
                L["Action_Cancel"],
                danger: true);
            if (!confirmed)
            {
                return;
            }
        }

        try
        {
            await Users.UpdateAsync(_actor, user.Id, new UpdateUserRequest
            {
                DisplayName = user.DisplayName,
                Role = user.Role,
                MunicipalityId = user.MunicipalityId,
                IsDisabled = disabled,
            });
            await ReloadAsync();
            Feedback.Success(disabled ? L["Users_Disabled", user.Email] : L["Users_Enabled", user.Email]);
        }
        catch (Exception e) when (e is DomainException or ForbiddenException)
        {
            Feedback.Error(AdminMessages.Describe(e, L));
        }
    }
}
