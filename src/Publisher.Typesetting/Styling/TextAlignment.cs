namespace Publisher.Typesetting.Styling;

public enum TextAlignment
{
    Justify,
    Left,
    Center,
    Right,
}
