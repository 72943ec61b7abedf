namespace MunicipalPress.Application.Imports;

/// <summary>The small closed word classes of Russian and Ukrainian that the parser reasons with.</summary>
internal static class ReportWords
{
    public static readonly HashSet<string> YearWords = Set(
        "год", "года", "году", "годом", "годе", "годах", "годы", "годов", "гг", "г",
        "рік", "року", "році", "роком", "роки", "років", "роках", "рр", "р", "лет", "летие");

    /// <summary>Words after which a four-digit number in 1900–2100 is a year, not a count: «в 2019», «на начало 2021».</summary>
    public static readonly HashSet<string> BeforeYear = Set(
        "в", "во", "с", "со", "по", "до", "за", "на", "к", "ко", "от", "у", "из", "із", "з", "від", "після",
        "после", "начало", "начала", "начале", "конец", "конца", "конце", "итогам", "итогах", "итоги",
        "середина", "середины", "середине", "половине", "течение", "протяжении", "початок", "початку",
        "кінець", "кінця", "кінці", "підсумками", "підсумки", "середині", "году", "рік", "год", "року",
        "сравнению", "порівняно", "порівнянні", "між", "между", "и", "і", "та", "или", "або");

    public static readonly string[] MonthStems =
    [
        "январ", "феврал", "март", "апрел", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
        "січн", "лют", "берез", "квітн", "травн", "червн", "липн", "серпн", "вересн", "жовтн", "листопад",
        "грудн",
    ];

    public static readonly HashSet<string> Mays = Set("май", "мая", "мае", "маю");

    /// <summary>A number after these is a reference into a document or an address, not a count.</summary>
    public static readonly HashSet<string> ReferenceWords = Set(
        "п.", "пп.", "ст.", "ч.", "гл.", "разд.", "прил.", "д.", "кв.", "корп.", "каб.", "тел.", "ул.", "вул.",
        "стр.", "с.", "рис.", "табл.", "№", "№№", "n", "no", "no.", "nº", "номер", "номером", "номеру", "шифр",
        "указ", "указа", "указом", "указу", "дом", "будинок", "будинку", "офис", "офіс");

    public static readonly string[] ReferenceStems =
    [
        "пункт", "подпункт", "статья", "статьи", "статье", "статьей", "статтю", "статті", "стаття", "частью",
        "частина", "частини", "частині", "главы", "главе", "глава", "раздел", "розділ", "приложени", "додат",
        "абзац", "строк", "рядк", "таблиц", "рисун", "протокол", "приказ", "наказ", "решени", "рішенн",
        "постановлени", "постанов", "распоряжени", "розпорядженн", "закон", "верси", "кабинет",
        "телефон", "факс", "индекс", "корпус",
    ];

    public static readonly HashSet<string> Bounds = Set(
        "более", "свыше", "около", "почти", "порядка", "примерно", "приблизительно", "менее", "понад",
        "близько", "майже", "приблизно", "щонайменше", "більше", "менше", "максимум",
        "минимум", "ориентировочно", "орієнтовно");

    public static readonly HashSet<string> BoundFirstWords = Set("не", "більш", "более", "менее", "більше");

    public static readonly HashSet<string> BoundSecondWords = Set("менее", "более", "менше", "більше", "ніж", "чем");

    public static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["тыс"] = 1_000m, ["тысяч"] = 1_000m, ["тысячи"] = 1_000m, ["тысячу"] = 1_000m, ["тысяча"] = 1_000m,
        ["тис"] = 1_000m, ["тисяч"] = 1_000m, ["тисячі"] = 1_000m, ["тисячу"] = 1_000m, ["тисяча"] = 1_000m,
        ["млн"] = 1_000_000m, ["миллион"] = 1_000_000m, ["миллиона"] = 1_000_000m, ["миллионов"] = 1_000_000m,
        ["мільйон"] = 1_000_000m, ["мільйона"] = 1_000_000m, ["мільйонів"] = 1_000_000m,
        ["млрд"] = 1_000_000_000m, ["миллиард"] = 1_000_000_000m, ["миллиарда"] = 1_000_000_000m,
        ["миллиардов"] = 1_000_000_000m, ["мільярд"] = 1_000_000_000m, ["мільярда"] = 1_000_000_000m,
        ["мільярдів"] = 1_000_000_000m,
    };

    /// <summary>Units that say nothing about what is counted: the label then comes from «количество X».</summary>
    public static readonly HashSet<string> GenericUnits = Set(
        "человек", "человека", "чел", "людей", "осіб", "особи", "особа", "людини", "единиц", "единицы", "ед",
        "шт", "штук", "штуки", "одиниць", "одиниці", "од");

    public static readonly HashSet<string> LabelStops = Set(
        "и", "а", "но", "или", "либо", "та", "і", "й", "або", "але", "что", "чем", "що", "ніж", "который",
        "которые", "которая", "которое", "которых", "которым", "який", "яка", "яке", "які", "яких", "также",
        "також", "тобто", "то", "есть", "это", "це", "составило", "составил",
        "составила", "составили", "склало", "склав", "склала", "склали");

    public static readonly HashSet<string> Prepositions = Set(
        "в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "от", "до", "из", "за", "для", "у", "при", "про",
        "над", "под", "без", "через", "между", "і", "й", "з", "із", "зі", "від", "під", "між", "та", "а", "и",
        "не", "уже", "вже", "всего", "всього", "лишь", "лише", "только", "тільки", "более", "понад");

    /// <summary>
    /// Case endings of cardinals: «11-ти», «2-х», «5-ю». Any other ending after a hyphen makes the number an
    /// ordinal («5-й», «3-го»), a compound («10-летие») or a document number («422-р»).
    /// </summary>
    public static readonly HashSet<string> CardinalSuffixes = Set(
        "ти", "х", "ех", "ёх", "ух", "ми", "ю", "мя", "ма", "тью", "ох", "ьох", "ома", "ьома", "и");

    /// <summary>Nouns after a number that make it a duration, a rank or a part of the year, never a count of work.</summary>
    public static readonly string[] NotCountedStems =
    [
        "процент", "відсот", "месяц", "місяц", "недел", "тижн", "сутк", "суток", "доби", "діб", "минут", "хвилин",
        "секунд", "квартал", "полугоди", "півріч", "место", "месте", "місце", "місці", "кратн",
    ];

    public static bool IsNotCounted(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var stem in NotCountedStems)
        {
            if (lower.StartsWith(stem, StringComparison.Ordinal) && lower.Length <= stem.Length + 3)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsMonth(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Mays.Contains(lower))
        {
            return true;
        }

        foreach (var stem in MonthStems)
        {
            if (lower.StartsWith(stem, StringComparison.Ordinal) && lower.Length <= stem.Length + 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="word">The word as written, with its abbreviation period if it has one («с.» is a page, «с» a preposition).</param>
    public static bool IsReference(string word)
    {
        var lower = word.ToLowerInvariant();
        if (ReferenceWords.Contains(lower))
        {
            return true;
        }

        lower = lower.TrimEnd('.');

        foreach (var stem in ReferenceStems)
        {
            if (lower.StartsWith(stem, StringComparison.Ordinal) && lower.Length <= stem.Length + 4)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsYearWord(string word) => YearWords.Contains(word.ToLowerInvariant().TrimEnd('.'));

    public static bool IsWordChar(char c) => char.IsLetter(c) || c is '’' or 'ʼ' or '\'';

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
