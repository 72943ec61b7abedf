using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using MudBlazor.Services;
using MunicipalPress.Web;
using MunicipalPress.Web.Components.Ui;

namespace MunicipalPress.Api.Tests.Web.Ui;

/// <summary>
/// The seam's components that hold logic of their own: what they pass on to the library and what they hide from
/// the pages. Rendered with bUnit over the real MudBlazor components.
/// </summary>
public sealed class UiComponentTests : BunitContext, IAsyncLifetime
{
    public UiComponentTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddScoped<Feedback>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are only asynchronously disposable.
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    [Fact]
    public void Button_Busy_IsDisabledAndSaysSo()
    {
        var clicks = 0;
        var button = Render<UiButton>(p => p
            .Add(b => b.Text, "Сохранить")
            .Add(b => b.Busy, true)
            .Add(b => b.BusyText, "Сохраняем…")
            .Add(b => b.OnClick, () => clicks++)
            .AddUnmatched("data-testid", "save"));

        var element = button.Find("[data-testid=save]");
        Assert.True(element.HasAttribute("disabled"));
        Assert.Equal("true", element.GetAttribute("aria-busy"));
        Assert.Contains("Сохраняем…", element.TextContent);
    }

    [Fact]
    public void Button_IconOnly_ShowsNoText_AndKeepsItsAccessibleName()
    {
        var button = Render<UiButton>(p => p
            .Add(b => b.Text, "Изменить")
            .Add(b => b.Icon, UiIcons.Edit)
            .Add(b => b.IconOnly, true)
            .AddUnmatched("aria-label", "Изменить Северск"));

        var element = button.Find("button");
        Assert.Equal("Изменить Северск", element.GetAttribute("aria-label"));
        Assert.DoesNotContain("Изменить", element.TextContent);
        Assert.NotNull(element.QuerySelector("svg"));
    }

    [Fact]
    public void Button_Click_ReachesThePage()
    {
        var clicks = 0;
        var button = Render<UiButton>(p => p.Add(b => b.Text, "Добавить").Add(b => b.OnClick, () => clicks++));

        button.Find("button").Click();

        Assert.Equal(1, clicks);
    }

    [Theory]
    [InlineData(Tone.Danger, "alert")]
    [InlineData(Tone.Warning, "alert")]
    [InlineData(Tone.Info, "status")]
    [InlineData(Tone.Success, "status")]
    public void Alert_IsAnnounced_OnlyWhenItWarns(Tone tone, string role)
    {
        var alert = Render<UiAlert>(p => p.Add(a => a.Tone, tone).AddChildContent("Текст").AddUnmatched("data-testid", "alert"));

        Assert.Equal(role, alert.Find("[data-testid=alert]").GetAttribute("role"));
    }

    [Fact]
    public void Select_ShowsTheTextOfTheCurrentValue()
    {
        Render<MudPopoverProvider>();
        var select = Render<UiSelect<int>>(p => p
            .Add(s => s.Label, "Регион")
            .Add(s => s.Options, [new UiOption<int>(1, "Алтайский край"), new UiOption<int>(2, "Томская область")])
            .Add(s => s.Value, 2));

        Assert.Equal("Томская область", select.Find("input").GetAttribute("value"));
    }

    [Fact]
    public async Task GridSource_TranslatesTheGridsState_IntoAOneBasedPageRequest()
    {
        PageRequest? asked = null;
        var source = new GridSource<string>((request, _) =>
        {
            asked = request;
            return Task.FromResult(new PageResult<string>(["a", "b"], 42));
        });
        var state = new GridState<string>
        {
            Page = 2,
            PageSize = 25,
            SortDefinitions = [new SortDefinition<string>("Name", Descending: true, Index: 0, SortFunc: s => s)],
        };

        var data = await source.ServerData(state, CancellationToken.None);

        Assert.Equal(new PageRequest(3, 25, "Name", Descending: true), asked);
        Assert.Equal(50, asked!.Skip);
        Assert.Equal(42, data.TotalItems);
        Assert.Equal(["a", "b"], data.Items);
        Assert.Equal(asked, source.Current);
    }

    [Fact]
    public async Task Feedback_OpenAsync_ReturnsWhatTheDialogClosedWith_AndDefaultWhenCancelled()
    {
        var provider = Render<MudDialogProvider>();
        var feedback = Services.GetRequiredService<Feedback>();

        var answered = provider.InvokeAsync(() => feedback.OpenAsync<AnswerDialog, string>("Вопрос",
            new Dictionary<string, object?> { [nameof(AnswerDialog.Answer)] = "да" }));
        await provider.WaitForAssertionAsync(() => provider.Find("[data-testid=answer]"));
        provider.Find("[data-testid=answer]").Click();
        Assert.Equal("да", await answered);

        var cancelled = provider.InvokeAsync(() => feedback.OpenAsync<AnswerDialog, string>("Вопрос"));
        await provider.WaitForAssertionAsync(() => provider.Find("[data-testid=cancel]"));
        provider.Find("[data-testid=cancel]").Click();
        Assert.Null(await cancelled);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ThemeProvider_RendersWhatTheLibraryRenders(bool dark)
    {
        var library = Render<MudThemeProvider>(p => p.Add(t => t.Theme, PortalTheme.Theme).Add(t => t.IsDarkMode, dark));
        var shared = Render<PortalThemeProvider>(p => p.Add(t => t.IsDarkMode, dark));

        shared.WaitForAssertion(() => Assert.Contains("--mud-palette-primary", shared.Markup));
        Assert.Equal(library.Markup, shared.Markup);

        // Another circuit, the other palette and back: each gets the library's output for its palette.
        var other = Render<PortalThemeProvider>(p => p.Add(t => t.IsDarkMode, !dark));
        other.WaitForAssertion(() => Assert.Contains("--mud-palette-primary", other.Markup));
        Assert.NotEqual(shared.Markup, other.Markup);
        other.Render(p => p.Add(t => t.IsDarkMode, dark));
        other.WaitForAssertion(() => Assert.Equal(library.Markup, other.Markup));
    }

    [Fact]
    public void Tabs_ShowTheSelectedPanel_AndTheArrowKeysMoveTheSelection()
    {
        var selected = 1;
        var tabs = Render<UiTabs>(p => p
            .Add(t => t.Titles, ["Достижения (2)", "Задачи", "Показатели"])
            .Add(t => t.ActiveIndex, selected)
            .Add(t => t.ActiveIndexChanged, i => selected = i)
            .Add(t => t.Label, "Разделы отчёта")
            .Add(t => t.ChildContent, (RenderFragment)(b => b.AddContent(0, "панель"))));

        var all = tabs.FindAll("[role=tab]");
        Assert.Equal<string?>(["false", "true", "false"], all.Select(t => t.GetAttribute("aria-selected")).ToList());
        Assert.Equal<string?>(["-1", "0", "-1"], all.Select(t => t.GetAttribute("tabindex")).ToList());
        var panel = tabs.Find("[role=tabpanel]");
        Assert.Equal(all[1].Id, panel.GetAttribute("aria-labelledby"));
        Assert.Equal("Разделы отчёта", tabs.Find("[role=tablist]").GetAttribute("aria-label"));

        tabs.Find("[role=tablist]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "ArrowRight" });
        Assert.Equal(2, selected);
        tabs.Find("[role=tablist]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "ArrowRight" });
        Assert.Equal(0, selected);
        tabs.Find("[role=tablist]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "End" });
        Assert.Equal(2, selected);
        tabs.Find("[role=tablist]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Home" });
        Assert.Equal(0, selected);
        tabs.FindAll("[role=tab]")[1].Click();
        Assert.Equal(1, selected);
    }

    [Fact]
    public void PlainTextField_IsLabelled_ReportsEachKey_AndShowsItsErrorBesideIt()
    {
        string? value = "Было";
        var field = Render<UiPlainTextField>(p => p
            .Add(f => f.Id, "achievement-text-1")
            .Add(f => f.Label, "Текст")
            .Add(f => f.Lines, 7)
            .Add(f => f.Value, value)
            .Add(f => f.ValueChanged, v => value = v)
            .Add(f => f.HelperText, "Каждая строка — отдельный абзац.")
            .Add(f => f.DraftKey, "a:1:text"));

        var input = field.Find("textarea");
        Assert.Equal("Текст", field.Find("label[for=achievement-text-1]").TextContent);
        Assert.Equal("a:1:text", input.GetAttribute("data-draft-key"));
        Assert.Null(input.GetAttribute("aria-invalid"));
        Assert.Contains("Каждая строка", field.Find($"#{input.GetAttribute("aria-describedby")}").TextContent);

        input.Input("Стало");
        Assert.Equal("Стало", value);

        field.Render(p => p.Add(f => f.ErrorText, "Текст слишком длинный."));
        input = field.Find("textarea");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var note = field.Find($"#{input.GetAttribute("aria-describedby")}");
        Assert.Equal("Текст слишком длинный.", note.TextContent);
        Assert.Contains("mud-input-error", note.ClassName);
    }

    [Fact]
    public void PlainTextField_WhileFocused_NoRenderPutsAnOlderTextIntoIt_AndLeavingItShowsTheValue()
    {
        var field = Render<UiPlainTextField>(p => p.Add(f => f.Id, "task-text-1").Add(f => f.Label, "Задача").Add(f => f.Value, "Старое"));
        field.Find("input").Focus();
        field.Find("input").Input("Новое, набранное");
        var renders = field.RenderCount;

        // The form renders again with a value from before the last key (its save answered late): the field does
        // not render, so nothing is sent that could overwrite what the browser holds.
        field.Render(p => p.Add(f => f.Value, "Новое"));
        Assert.Equal(renders, field.RenderCount);
        Assert.DoesNotContain("Новое", field.Find("input").GetAttribute("value"), StringComparison.Ordinal);

        field.Find("input").Blur();
        Assert.Equal("Новое", field.Find("input").GetAttribute("value"));
    }

    /// <summary>
    /// The report form's repeated pieces, with every attribute they can carry, stay within a render tree's first
    /// capacity (32 frames): one frame more doubles both of a component's trees for as long as the page is open, and
    /// the form shows sixteen fields and eight sets of tools at once (docs/performance.md).
    /// </summary>
    [Fact]
    public void FormPieces_StayWithinARenderTreesFirstCapacity()
    {
        var text = Render<UiPlainTextField>(p => p
            .Add(f => f.Id, "achievement-text-1").Add(f => f.Label, "Текст").Add(f => f.Lines, 7).Add(f => f.Value, "Было")
            .Add(f => f.MaxLength, 4000).Add(f => f.Placeholder, "Что сделано").Add(f => f.HelperText, "Каждая строка — абзац.")
            .Add(f => f.ErrorText, "Текст слишком длинный.").Add(f => f.DraftKey, "a:1:text").Add(f => f.Class, "narrative")
            .Add(f => f.AriaLabel, "Текст достижения").Add(f => f.Disabled, true));
        var line = Render<UiPlainTextField>(p => p
            .Add(f => f.Id, "achievement-direction-1").Add(f => f.Label, "Направление").Add(f => f.Value, "Сайт")
            .Add(f => f.MaxLength, 200).Add(f => f.Placeholder, "Например, сайт").Add(f => f.HelperText, "Одно направление.")
            .Add(f => f.ErrorText, "Слишком длинно.").Add(f => f.DraftKey, "a:1:direction").Add(f => f.DataList, "mp-directions")
            .Add(f => f.AriaLabel, "Направление достижения").Add(f => f.DecimalKeyboard, true).Add(f => f.Disabled, true));
        var tools = Render<MunicipalPress.Web.Components.Pages.Reports.Editing.EntryTools>(p => p
            .Add(t => t.Position, 1).Add(t => t.Count, 1).Add(t => t.IdPrefix, "ach-1").Add(t => t.Label, "Достижение 1"));

        Assert.InRange(FramesOf(text), 1, 32);
        Assert.InRange(FramesOf(line), 1, 32);
        Assert.InRange(FramesOf(tools), 1, 32);

        // The label and the border are markup now: still tied to the input, the label's text encoded.
        Assert.Equal("Текст", text.Find("label[for=achievement-text-1]").TextContent);
        Assert.Equal("Направление", line.Find("fieldset legend").TextContent);
        var odd = Render<UiPlainTextField>(p => p.Add(f => f.Id, "x\"1").Add(f => f.Label, "<b>A & B</b>"));
        Assert.Equal("<b>A & B</b>", odd.Find("label").TextContent);
        Assert.Equal("x\"1", odd.Find("label").GetAttribute("for"));
        Assert.Empty(odd.FindAll("b"));
    }

    /// <summary>The frames of a component's current render tree, as the renderer keeps them.</summary>
    private int FramesOf<TComponent>(IRenderedComponent<TComponent> rendered)
        where TComponent : IComponent
    {
#pragma warning disable BL0006 // Counting the frames the renderer holds is what this test is about.
        var frames = typeof(Microsoft.AspNetCore.Components.RenderTree.Renderer)
            .GetMethod("GetCurrentRenderTreeFrames", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)!
            .Invoke(Renderer, [rendered.ComponentId])!;
        return ((Microsoft.AspNetCore.Components.RenderTree.ArrayRange<Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrame>)frames).Count;
#pragma warning restore BL0006
    }

    [Fact]
    public void Badge_IsOneElementInTheChipsLook()
    {
        var badge = Render<UiBadge>(p => p.Add(b => b.Text, "Расхождение").Add(b => b.Tone, Tone.Warning).AddUnmatched("data-testid", "badge"));

        var element = badge.Find("[data-testid=badge]");
        Assert.Equal("Расхождение", element.TextContent);
        Assert.Contains("mud-chip-color-warning", element.ClassName);
        Assert.Contains("mp-badge", element.ClassName);
    }

    /// <summary>A dialog's content as pages write it: it closes itself through the cascading scope.</summary>
    private sealed class AnswerDialog : ComponentBase
    {
        [CascadingParameter]
        public DialogScope Dialog { get; set; } = default!;

        [Parameter]
        public string? Answer { get; set; }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "data-testid", "answer");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create(this, () => Dialog.Close(Answer)));
            builder.CloseElement();
            builder.OpenElement(3, "button");
            builder.AddAttribute(4, "data-testid", "cancel");
            builder.AddAttribute(5, "onclick", EventCallback.Factory.Create(this, Dialog.Cancel));
            builder.CloseElement();
        }
    }
}
