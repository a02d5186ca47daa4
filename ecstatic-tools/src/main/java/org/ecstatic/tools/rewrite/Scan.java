package org.ecstatic.tools.rewrite;

import java.util.List;

/**
 * What {@link Rewriter#scan(String)} found in one text.
 *
 * @param references the local references, in the order they appear; never null
 * @param notes      what else the scan noticed, in the order it appears; never null
 */
public record Scan(List<Reference> references, List<ScanNote> notes) {

    public Scan {
        references = List.copyOf(references);
        notes = List.copyOf(notes);
    }
}
