using PdfSharp.Fonts;

namespace Publisher.Typesetting.Fonts;

/// <summary>
/// Installs the library's resolver into PDFsharp's process-wide settings, once, before any XFont
/// exists (PDFsharp refuses a second resolver after first use).
/// </summary>
public static class FontSetup
{
    private static readonly Lock Gate = new();
    private static bool _installed;

    public static void EnsureInstalled()
    {
        if (Volatile.Read(ref _installed)) return;
        lock (Gate)
        {
            if (_installed) return;
            if (GlobalFontSettings.FontResolver is null)
                GlobalFontSettings.FontResolver = new LibraryFontResolver(FontLibrary.Shared);
            _installed = true;
        }
    }
}
