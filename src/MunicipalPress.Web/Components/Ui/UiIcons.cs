using MudBlazor;

namespace MunicipalPress.Web.Components.Ui;

/// <summary>The icons the portal uses, by what they mean. Pages pass these to UiButton and friends.</summary>
public static class UiIcons
{
    public const string Add = Icons.Material.Filled.Add;
    public const string Edit = Icons.Material.Filled.Edit;
    public const string Delete = Icons.Material.Filled.Delete;
    public const string Save = Icons.Material.Filled.Save;
    public const string Send = Icons.Material.Filled.Send;
    public const string Publish = Icons.Material.Filled.Publish;
    public const string Undo = Icons.Material.Filled.Undo;
    public const string Check = Icons.Material.Filled.Check;
    public const string Close = Icons.Material.Filled.Close;
    public const string Archive = Icons.Material.Filled.Archive;
    public const string Unarchive = Icons.Material.Filled.Unarchive;
    public const string Key = Icons.Material.Filled.Key;
    public const string Block = Icons.Material.Filled.Block;
    public const string Person = Icons.Material.Filled.Person;
    public const string Search = Icons.Material.Filled.Search;
    public const string Download = Icons.Material.Filled.Download;
    public const string Upload = Icons.Material.Filled.UploadFile;
    public const string ArrowUp = Icons.Material.Filled.ArrowUpward;
    public const string ArrowDown = Icons.Material.Filled.ArrowDownward;
    public const string Refresh = Icons.Material.Filled.Refresh;
    public const string History = Icons.Material.Filled.History;
    public const string Comment = Icons.Material.Filled.Comment;
    public const string Open = Icons.Material.Filled.OpenInNew;
    public const string Lock = Icons.Material.Filled.Lock;
    public const string LockOpen = Icons.Material.Filled.LockOpen;
    public const string Event = Icons.Material.Filled.Event;
    public const string Table = Icons.Material.Filled.TableChart;
    public const string Chart = Icons.Material.Filled.ShowChart;
    public const string Warning = Icons.Material.Filled.WarningAmber;
    public const string Info = Icons.Material.Outlined.Info;
    public const string Menu = Icons.Material.Filled.Menu;
    public const string DarkMode = Icons.Material.Filled.DarkMode;
    public const string LightMode = Icons.Material.Filled.LightMode;
    public const string Language = Icons.Material.Filled.Translate;
    public const string Logout = Icons.Material.Filled.Logout;
    public const string MyReport = Icons.Material.Filled.EditNote;
    public const string Years = Icons.Material.Filled.FactCheck;
    public const string Municipalities = Icons.Material.Filled.LocationCity;
    public const string Reports = Icons.Material.Filled.Description;
    public const string Compare = Icons.Material.Filled.ShowChart;
    public const string Ranking = Icons.Material.Filled.Leaderboard;
    public const string Narratives = Icons.Material.Filled.ViewColumn;
    public const string SearchText = Icons.Material.Filled.ManageSearch;
    public const string Import = Icons.Material.Filled.UploadFile;
    public const string ImportBatch = Icons.Material.Filled.PlaylistAddCheck;
    public const string Administration = Icons.Material.Filled.AdminPanelSettings;
    public const string Regions = Icons.Material.Filled.Apartment;
    public const string Users = Icons.Material.Filled.Group;
    public const string Indicators = Icons.Material.Filled.Tune;
    public const string Audit = Icons.Material.Filled.History;
    public const string Api = Icons.Material.Filled.Api;
    public const string PersonAdd = Icons.Material.Filled.PersonAdd;
    public const string Visibility = Icons.Material.Filled.Visibility;
    public const string VisibilityOff = Icons.Material.Filled.VisibilityOff;
    public const string CheckCircle = Icons.Material.Filled.CheckCircle;
    public const string Generate = Icons.Material.Filled.Casino;
    public const string Restore = Icons.Material.Filled.Restore;
}
