package org.copydesk.export.writer;

import java.util.Objects;

/** What a person may choose about an export besides its format. */
public record ExportOptions(boolean includeBoilerplate, PageSize pageSize) {

    public static final ExportOptions DEFAULT = new ExportOptions(false, PageSize.A4);

    public ExportOptions {
        Objects.requireNonNull(pageSize, "pageSize");
    }

    /** Paper for the PDF export; the other formats leave the page to the program that opens them. */
    public enum PageSize {
        A4("A4", 210, 297),
        LETTER("letter", 215.9f, 279.4f);

        private final String css;
        private final float widthMm;
        private final float heightMm;

        PageSize(String css, float widthMm, float heightMm) {
            this.css = css;
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }

        /** The CSS {@code @page size} keyword. */
        public String css() {
            return css;
        }

        public float widthMm() {
            return widthMm;
        }

        public float heightMm() {
            return heightMm;
        }
    }
}
