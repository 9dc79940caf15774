using System.Globalization;

namespace NarrativeAssist.Domain.Scoring;

/// <summary>The small arithmetic language of the catalog's <c>value_formula</c> entries:
/// numbers, input names, + - * /, parentheses and min / max / clamp. Parsed once at load;
/// a division by zero yields NaN (the value is undefined, reference D7).</summary>
public sealed class Formula
{
    private readonly Node _root;

    private Formula(string text, Node root, IReadOnlyList<string> variables)
    {
        Text = text; _root = root; Variables = variables;
    }

    public string Text { get; }
    public IReadOnlyList<string> Variables { get; }

    public static Formula Parse(string text)
    {
        var parser = new Parser(text);
        var root = parser.ParseAll();
        return new Formula(text, root, parser.Variables.ToList());
    }

    public double Evaluate(IReadOnlyDictionary<string, double> values) => _root.Eval(values);

    private abstract record Node
    {
        public abstract double Eval(IReadOnlyDictionary<string, double> v);
    }

    private sealed record Num(double Value) : Node
    {
        public override double Eval(IReadOnlyDictionary<string, double> v) => Value;
    }

    private sealed record Var(string Name) : Node
    {
        public override double Eval(IReadOnlyDictionary<string, double> v) =>
            v.TryGetValue(Name, out var x) ? x : throw new KeyNotFoundException(Name);
    }

    private sealed record Neg(Node Inner) : Node
    {
        public override double Eval(IReadOnlyDictionary<string, double> v) => -Inner.Eval(v);
    }

    private sealed record Bin(char Op, Node L, Node R) : Node
    {
        public override double Eval(IReadOnlyDictionary<string, double> v)
        {
            double a = L.Eval(v), b = R.Eval(v);
            return Op switch
            {
                '+' => a + b,
                '-' => a - b,
                '*' => a * b,
                _ => b == 0 ? double.NaN : a / b,
            };
        }
    }

    private sealed record Call(string Name, IReadOnlyList<Node> Args) : Node
    {
        public override double Eval(IReadOnlyDictionary<string, double> v)
        {
            var x = Args.Select(a => a.Eval(v)).ToArray();
            if (x.Any(double.IsNaN)) return double.NaN;
            return Name switch
            {
                "min" => x.Min(),
                "max" => x.Max(),
                _ => Math.Clamp(x[0], x[1], x[2]),
            };
        }
    }

    private sealed class Parser(string s)
    {
        private int _i;
        public readonly SortedSet<string> Variables = new(StringComparer.Ordinal);

        public Node ParseAll()
        {
            var n = Expr();
            Skip();
            if (_i < s.Length) throw Error($"karakter tak terduga '{s[_i]}'");
            return n;
        }

        private Node Expr()
        {
            var n = Term();
            while (Peek() is '+' or '-') { var op = s[_i++]; n = new Bin(op, n, Term()); }
            return n;
        }

        private Node Term()
        {
            var n = Factor();
            while (Peek() is '*' or '/') { var op = s[_i++]; n = new Bin(op, n, Factor()); }
            return n;
        }

        private Node Factor()
        {
            var c = Peek();
            if (c == '-') { _i++; return new Neg(Factor()); }
            if (c == '(') { _i++; var n = Expr(); Expect(')'); return n; }
            if (char.IsDigit(c))
            {
                var start = _i;
                while (_i < s.Length && (char.IsDigit(s[_i]) || s[_i] == '.')) _i++;
                return new Num(double.Parse(s[start.._i], CultureInfo.InvariantCulture));
            }
            if (char.IsLetter(c) || c == '_')
            {
                var start = _i;
                while (_i < s.Length && (char.IsLetterOrDigit(s[_i]) || s[_i] == '_')) _i++;
                var name = s[start.._i];
                if (Peek() != '(') { Variables.Add(name); return new Var(name); }
                _i++;
                var args = new List<Node> { Expr() };
                while (Peek() == ',') { _i++; args.Add(Expr()); }
                Expect(')');
                var arity = name switch { "min" or "max" => args.Count >= 2, "clamp" => args.Count == 3, _ => throw Error($"fungsi '{name}' tidak dikenal") };
                if (!arity) throw Error($"jumlah argumen {name} salah");
                return new Call(name, args);
            }
            throw Error(_i >= s.Length ? "rumus terpotong" : $"karakter tak terduga '{c}'");
        }

        private char Peek() { Skip(); return _i < s.Length ? s[_i] : '\0'; }
        private void Skip() { while (_i < s.Length && char.IsWhiteSpace(s[_i])) _i++; }
        private void Expect(char c) { if (Peek() != c) throw Error($"'{c}' diharapkan"); _i++; }
        private FormatException Error(string what) => new($"Rumus \"{s}\": {what} (posisi {_i + 1}).");
    }
}
