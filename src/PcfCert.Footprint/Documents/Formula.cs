using System.Globalization;

namespace PcfCert.Footprint.Documents;

/// <summary>
/// A safe arithmetic formula over named parameters: numbers, names, + − * / ^, parentheses and the functions
/// min, max, abs, sqrt, exp, ln. Recursive descent over the text, no reflection, no code execution; depth and
/// length are bounded. <see cref="Evaluate"/> returns the value or an English reason.
/// </summary>
internal sealed class Formula
{
    public const int MaxLength = 1000;
    private const int MaxDepth = 50;
    private readonly string _text;
    private readonly Func<string, double?> _lookup;
    private int _at, _depth;

    private Formula(string text, Func<string, double?> lookup) { _text = text; _lookup = lookup; }

    /// <summary>Evaluates <paramref name="text"/>; <paramref name="lookup"/> gives a parameter's value or null when unknown.</summary>
    public static (double Value, string? Problem) Evaluate(string text, Func<string, double?> lookup)
    {
        if (text.Length > MaxLength) return (0, $"the formula is longer than {MaxLength} characters");
        var f = new Formula(text, lookup);
        try
        {
            var v = f.Sum();
            f.Space();
            if (f._at < text.Length) return (0, $"unexpected '{text[f._at]}' at position {f._at + 1}");
            return double.IsFinite(v) ? (v, null) : (0, "the formula does not give a finite number");
        }
        catch (FormatException e) { return (0, e.Message); }
    }

    /// <summary>Names the formula refers to (for ordering parameters and finding cycles).</summary>
    public static IReadOnlyList<string> Names(string text)
    {
        var names = new List<string>();
        Evaluate(text, n => { names.Add(n); return 1; });
        return names;
    }

    private double Sum()
    {
        var v = Product();
        while (true)
        {
            if (Eat('+')) v += Product();
            else if (Eat('-')) v -= Product();
            else return v;
        }
    }

    private double Product()
    {
        var v = Power();
        while (true)
        {
            if (Eat('*')) v *= Power();
            else if (Eat('/')) v /= Power();
            else return v;
        }
    }

    private double Power()
    {
        var v = Unary();
        return Eat('^') ? Math.Pow(v, Power()) : v;
    }

    private double Unary()
    {
        if (++_depth > MaxDepth) throw new FormatException("the formula nests too deeply");
        try
        {
            if (Eat('-')) return -Unary();
            if (Eat('+')) return Unary();
            return Primary();
        }
        finally { _depth--; }
    }

    private double Primary()
    {
        Space();
        if (_at >= _text.Length) throw new FormatException("the formula ends where a value is expected");
        if (Eat('('))
        {
            var v = Sum();
            if (!Eat(')')) throw new FormatException($"missing ')' at position {_at + 1}");
            return v;
        }
        var c = _text[_at];
        if (char.IsAsciiDigit(c) || c == '.') return Number();
        if (char.IsAsciiLetter(c) || c == '_') return NameOrCall();
        throw new FormatException($"unexpected '{c}' at position {_at + 1}");
    }

    private double Number()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsAsciiDigit(_text[_at]) || _text[_at] == '.')) _at++;
        if (_at < _text.Length && (_text[_at] == 'e' || _text[_at] == 'E'))
        {
            _at++;
            if (_at < _text.Length && (_text[_at] == '+' || _text[_at] == '-')) _at++;
            while (_at < _text.Length && char.IsAsciiDigit(_text[_at])) _at++;
        }
        var s = _text[start.._at];
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v : throw new FormatException($"'{s}' is not a number");
    }

    private double NameOrCall()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] == '_')) _at++;
        var name = _text[start.._at];
        if (!Eat('(')) return _lookup(name) ?? throw new FormatException($"unknown parameter '{name}'");
        var args = new List<double> { Sum() };
        while (Eat(',')) args.Add(Sum());
        if (!Eat(')')) throw new FormatException($"missing ')' after the arguments of {name}");
        return (name, args.Count) switch
        {
            ("min", > 0) => args.Min(),
            ("max", > 0) => args.Max(),
            ("abs", 1) => Math.Abs(args[0]),
            ("sqrt", 1) => Math.Sqrt(args[0]),
            ("exp", 1) => Math.Exp(args[0]),
            ("ln", 1) => Math.Log(args[0]),
            _ => throw new FormatException($"unknown function '{name}' with {args.Count} argument(s); known: min, max, abs, sqrt, exp, ln"),
        };
    }

    private bool Eat(char c)
    {
        Space();
        if (_at < _text.Length && _text[_at] == c) { _at++; return true; }
        return false;
    }

    private void Space()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at])) _at++;
    }
}
