using MudBlazor;

namespace MunicipalPress.Web.Components.Ui;

/// <summary>
/// Feeds a server-side data grid from a page's own loader, which sees only <see cref="PageRequest"/>. In markup:
/// <c>&lt;MudDataGrid T="Row" @ref="_source.Grid" ServerData="_source.ServerData" …&gt;</c>; after a change,
/// <c>await _source.ReloadAsync()</c>.
/// </summary>
public sealed class GridSource<T>
{
    private readonly Func<PageRequest, CancellationToken, Task<PageResult<T>>> _load;

    public GridSource(Func<PageRequest, CancellationToken, Task<PageResult<T>>> load)
    {
        _load = load;
        ServerData = LoadAsync;
    }

    public MudDataGrid<T>? Grid { get; set; }

    public Func<GridState<T>, CancellationToken, Task<GridData<T>>> ServerData { get; }

    /// <summary>The request of the page shown last (for exports and links that follow the grid's state).</summary>
    public PageRequest? Current { get; private set; }

    public Task ReloadAsync() => Grid?.ReloadServerData() ?? Task.CompletedTask;

    /// <summary>After a filter changed: the first page, loaded again (the page the reader was on may not exist now).</summary>
    public async Task FirstPageAsync()
    {
        if (Grid is null)
        {
            return;
        }

        if (Grid.CurrentPage == 0)
        {
            await Grid.ReloadServerData();
        }
        else
        {
            // Moving to another page loads it.
            Grid.NavigateTo(Page.First);
        }
    }

    private async Task<GridData<T>> LoadAsync(GridState<T> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        Current = new PageRequest(state.Page + 1, state.PageSize, sort?.SortBy, sort?.Descending ?? false);
        var page = await _load(Current, cancellationToken);
        return new GridData<T> { Items = page.Items, TotalItems = page.Total };
    }
}
