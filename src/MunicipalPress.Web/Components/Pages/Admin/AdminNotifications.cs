using Radzen;

namespace MunicipalPress.Web.Components.Pages.Admin;

/// <summary>The administration pages' toasts: a short success line, or an error that stays longer.</summary>
public static class AdminNotifications
{
    public static void Success(this NotificationService notifications, string message) =>
        notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Success, Summary = message, Duration = 5000 });

    public static void Error(this NotificationService notifications, string message) =>
        notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Error, Summary = message, Duration = 10000 });
}
