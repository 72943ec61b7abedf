using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Security;
using MunicipalPress.Application.Users;
using MunicipalPress.Domain.Common;
using Radzen;

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

    private List<KeyValuePair<string, string>> RoleOptions { get; set; } = [];

    private List<KeyValuePair<string, string>> RoleFilterOptions { get; set; } = [];

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
        RoleOptions = [.. Roles.All.Select(r => KeyValuePair.Create(r, RoleName(r)))];
        RoleFilterOptions = [KeyValuePair.Create(string.Empty, L["Filter_AllRoles"].Value), .. RoleOptions];

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

    private static void OnRowRender(RowRenderEventArgs<UserDto> args)
    {
        if (args.Data is { IsDisabled: true })
        {
            args.Attributes.Add("class", "mp-row-disabled");
        }
    }

    /// <summary>Press officers are bound to a current municipality; a user's own archived one stays visible so the form shows it.</summary>
    private List<KeyValuePair<int?, string>> MunicipalityOptions(UserDto? user)
    {
        var options = (MunicipalityList ?? [])
            .Select(m => KeyValuePair.Create<int?, string>(m.Id, $"{m.Name} ({m.RegionName})"))
            .ToList();
        if (user is { MunicipalityId: { } id } && options.All(o => o.Key != id))
        {
            options.Add(KeyValuePair.Create<int?, string>(id, $"{user.MunicipalityName} — {L["State_Archived"]}"));
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
        var result = await Dialogs.OpenAsync<CreateUserDialog>(
            L["Users_Add"],
            new Dictionary<string, object?>
            {
                [nameof(CreateUserDialog.Actor)] = _actor,
                [nameof(CreateUserDialog.RoleOptions)] = RoleOptions,
                [nameof(CreateUserDialog.MunicipalityOptions)] = MunicipalityOptions(null),
            },
            AdminDialogs.Options(L["Action_Close"], "600px"));
        if (result is UserDto created)
        {
            await ReloadAsync();
            Notifications.Success(L["Users_Created", created.Email]);
        }
    }

    private async Task EditAsync(UserDto user)
    {
        var result = await Dialogs.OpenAsync<EditUserDialog>(
            L["Users_Edit"],
            new Dictionary<string, object?>
            {
                [nameof(EditUserDialog.Actor)] = _actor,
                [nameof(EditUserDialog.User)] = user,
                [nameof(EditUserDialog.RoleOptions)] = RoleOptions,
                [nameof(EditUserDialog.MunicipalityOptions)] = MunicipalityOptions(user),
            },
            AdminDialogs.Options(L["Action_Close"], "600px"));
        if (result is UserDto saved)
        {
            await ReloadAsync();
            Notifications.Success(L["Users_Saved", saved.Email]);
        }
    }

    private async Task ResetPasswordAsync(UserDto user)
    {
        var result = await Dialogs.OpenAsync<ResetPasswordDialog>(
            L["Action_ResetPassword"],
            new Dictionary<string, object?> { [nameof(ResetPasswordDialog.Actor)] = _actor, [nameof(ResetPasswordDialog.User)] = user },
            AdminDialogs.Options(L["Action_Close"]));
        if (result is UserDto)
        {
            await ReloadAsync();
            Notifications.Success(L["Password_Changed", user.Email]);
        }
    }

    private async Task SetDisabledAsync(UserDto user, bool disabled)
    {
        if (disabled)
        {
            var confirmed = await Dialogs.Confirm(
                L["Users_DisableConfirm", user.Email],
                L["Action_Disable"],
                AdminDialogs.Confirmation(L["Action_Disable"], L["Action_Cancel"], L["Action_Close"]));
            if (confirmed != true)
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
            Notifications.Success(disabled ? L["Users_Disabled", user.Email] : L["Users_Enabled", user.Email]);
        }
        catch (Exception e) when (e is DomainException or ForbiddenException)
        {
            Notifications.Error(AdminMessages.Describe(e, L));
        }
    }
}
