namespace Publisher.Core.Model;

/// <summary>
/// A picture file of the content folder, read and checked by the build: its bytes as the outputs embed or publish
/// them, what they are, and the name outputs give the file. The name comes from the bytes alone (a hash), never from
/// the path the article wrote, so an output's file names stay safe and two articles showing one picture share it.
/// </summary>
/// <param name="ContentPath">The <see cref="Picture.Source"/> it was read for.</param>
/// <param name="FileName">The file's name in outputs: the bytes' hash and the type's extension, <c>3fa2c1d09b7e4a11.jpg</c>.</param>
/// <param name="MediaType"><c>image/jpeg</c> or <c>image/png</c>: every picture becomes one of the two, which every output can hold.</param>
/// <param name="Width">Width in pixels, as the picture is shown (after any rotation its camera recorded).</param>
/// <param name="Height">Height in pixels, as the picture is shown.</param>
/// <param name="Bytes">The file's bytes as outputs hold them.</param>
public sealed record PictureFile(string ContentPath, string FileName, string MediaType, int Width, int Height, ReadOnlyMemory<byte> Bytes);
