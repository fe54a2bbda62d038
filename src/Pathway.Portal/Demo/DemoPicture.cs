using Pathway.Portal.Pictures;
using SkiaSharp;

namespace Pathway.Portal.Demo;

/// <summary>
/// The demo's picture of a residence card: a schematic drawing (bars where the print is, so no font
/// is needed and nobody mistakes it for the real design), made when the demo is seeded and
/// prepared as any upload is. Its spots point at the parts the demo text's numbered list explains.
/// </summary>
internal static class DemoPicture
{
    public const string Slug = "residence-card";

    private const int Width = 1000;
    private const int Height = 630;

    /// <summary>The parts, in percent across and down: photo, names, type of permit, valid until, remarks, card number.</summary>
    public static readonly (double X, double Y)[] Spots = [(17, 50), (38, 27), (38, 47), (38, 63), (38, 80), (83, 12)];

    public static PreparedPicture Draw()
    {
        using var bitmap = new SKBitmap(Width, Height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var card = new SKPaint { IsAntialias = true };
            card.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(Width, Height),
                [new SKColor(0xF6, 0xD5, 0xDC), new SKColor(0xE3, 0xE6, 0xF4)], SKShaderTileMode.Clamp);
            canvas.DrawRoundRect(new SKRect(10, 10, Width - 10, Height - 10), 36, 36, card);

            using var band = new SKPaint { Color = new SKColor(0xB8, 0x2E, 0x45), IsAntialias = true };
            canvas.DrawRect(new SKRect(10, 60, Width - 10, 100), band);

            // The photo: a grey box with a head and shoulders.
            using var photo = new SKPaint { Color = new SKColor(0xC9, 0xCD, 0xD6), IsAntialias = true };
            using var person = new SKPaint { Color = new SKColor(0x8A, 0x90, 0x9C), IsAntialias = true };
            canvas.DrawRect(new SKRect(60, 140, 290, 480), photo);
            canvas.DrawCircle(175, 260, 62, person);
            canvas.DrawRoundRect(new SKRect(95, 340, 255, 480), 70, 70, person);

            // Each part of the print: a short label bar over a longer value bar.
            using var label = new SKPaint { Color = new SKColor(0x8A, 0x6B, 0x76), IsAntialias = true };
            using var value = new SKPaint { Color = new SKColor(0x2B, 0x2F, 0x3A), IsAntialias = true };
            foreach (var (top, length) in new[] { (150f, 420f), (200f, 360f), (280f, 520f), (380f, 220f), (480f, 460f) })
            {
                canvas.DrawRoundRect(new SKRect(330, top, 330 + 140, top + 12), 4, 4, label);
                canvas.DrawRoundRect(new SKRect(330, top + 22, 330 + length, top + 44), 6, 6, value);
            }

            // The card's number, top right, and the chip.
            canvas.DrawRoundRect(new SKRect(740, 115, 960, 140), 6, 6, value);
            using var chip = new SKPaint { Color = new SKColor(0xD4, 0xAF, 0x37), IsAntialias = true };
            canvas.DrawRoundRect(new SKRect(820, 380, 940, 470), 14, 14, chip);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return PictureImages.Prepare(png.ToArray()).Picture!;
    }
}
