using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Infrastructure.Documents;

/// <summary>
/// The import's document reader (ADR 0021): .docx with OpenXml, .pdf with PdfPig, .odt from its content.xml, .rtf
/// by a plain reading, and .doc by converting it to .docx with LibreOffice (<c>soffice --headless</c>, in a temp
/// folder, with a time limit) when LibreOffice is installed. Whatever the file's state, it either gives text or
/// throws <see cref="ImportFileException"/>: a damaged file is the sender's problem (400), never a crash.
/// </summary>
public sealed class ReportDocumentReader(ReportDocumentReaderOptions? options = null, ILogger<ReportDocumentReader>? logger = null)
    : IReportDocumentReader
{
    private readonly ReportDocumentReaderOptions _options = options ?? new ReportDocumentReaderOptions();
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public async Task<string> ReadTextAsync(ReportFileFormat format, byte[] data, CancellationToken cancellationToken = default)
    {
        if (format == ReportFileFormat.Doc)
        {
            var converted = await ConvertLegacyWordAsync(data, cancellationToken);
            return Read(ReportFileFormat.Docx, converted);
        }

        // Parsing a document is CPU work of a few to a few hundred milliseconds: off the caller's thread.
        return await Task.Run(() => Read(format, data), cancellationToken);
    }

    private string Read(ReportFileFormat format, byte[] data)
    {
        try
        {
            return format switch
            {
                ReportFileFormat.Docx => ReportDocumentComposer.Compose(DocxReportReader.Read(new MemoryStream(data, writable: false))),
                ReportFileFormat.Odt => ReportDocumentComposer.Compose(OdtReportReader.Read(new MemoryStream(data, writable: false))),
                ReportFileFormat.Pdf => ReportDocumentComposer.Compose(PdfReportReader.Read(data)),
                ReportFileFormat.Rtf => RtfReportReader.Read(data),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a document format."),
            };
        }
        catch (ImportFileException)
        {
            throw;
        }
        catch (Exception e) when (PdfReportReader.IsEncrypted(e))
        {
            throw new ImportFileException(ImportFileProblem.Encrypted);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException or ArgumentOutOfRangeException))
        {
            // Zip, XML, OpenXml and PdfPig errors: the file is not what it claims to be.
            _logger.LogInformation(e, "A {Format} file could not be read", format);
            throw new ImportFileException(ImportFileProblem.Damaged);
        }
    }

    /// <summary>The .doc as .docx bytes, converted by LibreOffice in a folder of its own (and a profile of its own, so runs do not block each other).</summary>
    private async Task<byte[]> ConvertLegacyWordAsync(byte[] data, CancellationToken cancellationToken)
    {
        var soffice = _options.FindLibreOffice();
        if (soffice is null)
        {
            throw new ImportFileException(ImportFileProblem.LegacyWordWithoutConverter);
        }

        var folder = Directory.CreateTempSubdirectory("mp-doc-");
        try
        {
            var input = Path.Combine(folder.FullName, "report.doc");
            await File.WriteAllBytesAsync(input, data, cancellationToken);
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = folder.FullName,
            };
            foreach (var argument in new[]
            {
                "--headless", "--norestore", "--nolockcheck",
                $"-env:UserInstallation=file://{Path.Combine(folder.FullName, "profile")}",
                "--convert-to", "docx", "--outdir", folder.FullName, input,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new ImportFileException(ImportFileProblem.ConversionFailed);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.ConversionTimeout);
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new ImportFileException(ImportFileProblem.ConversionFailed, $"LibreOffice took longer than {_options.ConversionTimeout.TotalSeconds:0} s");
            }

            var result = Path.Combine(folder.FullName, "report.docx");
            if (process.ExitCode != 0 || !File.Exists(result))
            {
                _logger.LogWarning("LibreOffice could not convert a .doc (exit {Code}): {Output} {Errors}", process.ExitCode, await output, await errors);
                throw new ImportFileException(ImportFileProblem.ConversionFailed);
            }

            return await File.ReadAllBytesAsync(result, cancellationToken);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
