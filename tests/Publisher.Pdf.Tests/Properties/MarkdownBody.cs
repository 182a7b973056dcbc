using System.Text;
using static Publisher.Pdf.Tests.Properties.MarkdownBodies;

namespace Publisher.Pdf.Tests.Properties;

/// <summary>
/// A generated Markdown body with its words numbered: <see cref="Seen"/> a reader sees in the source and every output
/// must keep; <see cref="Secrets"/> (a script's) must reach none but as the text of code. Each word is a token such as <c>w12q</c> or
/// <c>ж7ж</c>, none a part of another.
/// </summary>
public sealed record MarkdownBody(string Text, IReadOnlyList<string> Seen, IReadOnlyList<string> Secrets, bool HasImage)
{
    public static MarkdownBody From(string template)
    {
        var text = new StringBuilder(template.Length * 2);
        List<string> seen = [], secrets = [];
        var number = 0;
        foreach (var c in template)
        {
            var word = c switch
            {
                Latin => $"w{++number}q",
                Cyrillic => $"ж{++number}ж",
                Greek => $"λ{++number}λ",
                Cjk => $"字{++number}字",
                Hidden => $"h{++number}z",
                Secret => $"s{++number}z",
                _ => null,
            };
            if (c == Image) continue;
            if (word is null) text.Append(c);
            else text.Append(word);
            if (c is Latin or Cyrillic or Greek or Cjk) seen.Add(word!);
            else if (c == Secret) secrets.Add(word!);
        }
        return new MarkdownBody(text.ToString(), seen, secrets, template.Contains(Image));
    }

    public string Article => "---\ntitle: Eigenschaften\ndate: 2026-11-10\n---\n" + Text;

    public override string ToString() => "\n" + Text + "\n";
}
