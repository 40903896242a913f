using System.IO.Compression;

namespace Astra.Workflows.Modules.Cases.Documents;

/// <summary>A type the service accepts: its media type and the name endings that may carry it.</summary>
public sealed record SniffedType(string MediaType, IReadOnlyList<string> Extensions);

/// <summary>
/// Recognises an accepted file by its first bytes (and, for zip-based office files, by the parts inside), never by
/// its name or the browser's claim: an executable renamed to <c>.pdf</c> matches nothing and is refused.
/// </summary>
public static class FileSniffer
{
    private static readonly SniffedType Pdf = new("application/pdf", [".pdf"]);
    private static readonly SniffedType Png = new("image/png", [".png"]);
    private static readonly SniffedType Jpeg = new("image/jpeg", [".jpg", ".jpeg"]);
    private static readonly SniffedType Tiff = new("image/tiff", [".tif", ".tiff"]);
    private static readonly SniffedType WebP = new("image/webp", [".webp"]);
    private static readonly SniffedType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    private static readonly SniffedType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    private static readonly SniffedType Pptx = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"]);
    private static readonly SniffedType Odt = new("application/vnd.oasis.opendocument.text", [".odt"]);
    private static readonly SniffedType Ods = new("application/vnd.oasis.opendocument.spreadsheet", [".ods"]);
    private static readonly SniffedType Doc = new("application/msword", [".doc"]);
    private static readonly SniffedType Xls = new("application/vnd.ms-excel", [".xls"]);

    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The type of <paramref name="content"/>, or null when it is none the service accepts.</summary>
    public static SniffedType? Sniff(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var content = bytes.AsSpan();
        if (content.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (content.StartsWith(PngMagic))
        {
            return Png;
        }

        if (content.StartsWith(JpegMagic))
        {
            return Jpeg;
        }

        if (content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8))
        {
            return Tiff;
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        if (content.StartsWith(OleMagic))
        {
            // An OLE container says little about itself up front; the legacy office formats share it, so the name picks which.
            return Extension(fileName) == ".xls" ? Xls : Doc;
        }

        return content.StartsWith("PK\x03\x04"u8) ? Zipped(bytes) : null;
    }

    public static string Extension(string fileName) => Path.GetExtension(fileName).ToLowerInvariant();

    // A zip is an office file only with the parts that make one; any other archive (or a jar) is refused.
    private static SniffedType? Zipped(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (names.Contains("[Content_Types].xml"))
            {
                return names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)) ? Docx
                    : names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? Xlsx
                    : names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal)) ? Pptx
                    : null;
            }

            var mimetype = zip.GetEntry("mimetype");
            if (mimetype is null || mimetype.Length > 100)
            {
                return null;
            }

            using var reader = new StreamReader(mimetype.Open());
            return reader.ReadToEnd().Trim() switch
            {
                "application/vnd.oasis.opendocument.text" => Odt,
                "application/vnd.oasis.opendocument.spreadsheet" => Ods,
                _ => null,
            };
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
