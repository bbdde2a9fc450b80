package org.copydesk.export.writer;

import java.math.BigInteger;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What the two Word exports share: a document with Word's own built-in paragraph styles (Normal, Title, Subtitle,
 * heading 1 to 6, defined here so that Word, LibreOffice and our importer recognise them by name), document
 * properties, and a page header that says DRAFT on every page of a draft.
 */
final class DocxDocuments {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";

    private DocxDocuments() {}

    static XWPFDocument create(ExportArticle article, String title, boolean draft) {
        var document = new XWPFDocument();
        XWPFStyles styles = document.createStyles();
        styles.addStyle(style(NORMAL, "Normal", null, 22, false, false, null));
        styles.addStyle(style(TITLE, "Title", null, 40, true, false, null));
        styles.addStyle(style(SUBTITLE, "Subtitle", null, 24, false, true, null));
        int[] sizes = {32, 28, 26, 24, 22, 22};
        for (int level = 1; level <= 6; level++) {
            styles.addStyle(
                    style(headingStyle(level), "heading " + level, null, sizes[level - 1], true, level >= 5, level));
        }
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(title);
        Optional.ofNullable(article.byline()).ifPresent(core::setCreator);
        core.setDescription(
                "Exported from Copydesk by " + article.exportedBy() + " on " + Wording.when(article.exportedAt()));
        core.getUnderlyingProperties().setContentStatusProperty(draft ? "Draft" : "Approved");
        if (draft) {
            core.setKeywords("DRAFT");
            core.setSubjectProperty(Wording.DRAFT);
            XWPFRun run = document.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun();
            run.setBold(true);
            run.setColor("B00000");
            run.setText(Wording.DRAFT);
        }
        return document;
    }

    static String headingStyle(int level) {
        return "Heading" + level;
    }

    static XWPFParagraph paragraph(XWPFDocument document, String styleId) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(styleId);
        return paragraph;
    }

    /** Adds text as runs, a line break for each newline inside it. */
    static void text(XWPFParagraph paragraph, String text) {
        String[] lines = Markup.xmlChars(text).split("\n", -1);
        XWPFRun run = paragraph.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static XWPFStyle style(
            String id,
            String name,
            String basedOn,
            int halfPoints,
            boolean bold,
            boolean italic,
            Integer outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (id.equals(NORMAL)) {
            style.setDefault(true);
        } else {
            style.addNewBasedOn().setVal(basedOn == null ? NORMAL : basedOn);
            style.addNewNext().setVal(NORMAL);
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        if (outlineLevel != null) {
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel - 1));
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        } else {
            paragraph.addNewSpacing().setAfter(BigInteger.valueOf(160));
        }
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii("Georgia");
        fonts.setHAnsi("Georgia");
        if (bold) {
            run.addNewB();
        }
        if (italic) {
            run.addNewI();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(style);
    }
}
