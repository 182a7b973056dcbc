namespace Publisher.Typesetting.Document;

/// <summary>Which way a block's lines run (HTML's <c>dir</c>): its bidi paragraph level, and the side its lines start from.</summary>
public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}
