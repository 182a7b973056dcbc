using System.Text;
using System.Xml;

namespace Publisher.Epub.Package;

/// <summary>The one way this project writes XML files into a book: UTF-8 without BOM, indented, \n line ends.</summary>
internal static class XmlOutput
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static void Write(Stream output, Action<XmlWriter> write)
    {
        using var writer = XmlWriter.Create(output, Settings);
        writer.WriteStartDocument();
        write(writer);
        writer.WriteEndDocument();
    }
}
