/**
 * The multi-page PDF report: {@link dev.linesim.report.pdf.PageLayout} flows headings, wrapped text, tables and
 * charts onto numbered pages in the bundled font; {@link dev.linesim.report.pdf.ReportPdf} composes the report
 * of a run, a comparison and a conversion from their result records.
 */
package dev.linesim.report.pdf;
