namespace MunicipalPress.Web.Components.Ui;

/// <summary>One choice of a <see cref="UiSelect{TValue}"/>: the value it stands for and the words shown.</summary>
public sealed record UiOption<TValue>(TValue Value, string Text);
