package dev.tolk.search;

import java.util.Arrays;

/**
 * A term's postings while its locale's index is assembled: each (doc, weight) pair as two
 * unsigned varints, the doc as its distance from the term's last one (docs come in ascending
 * order). About 3 bytes a posting where their JSON text took 8 and more (a 30,000-page
 * Japanese index has 5.6 million postings).
 */
final class Postings {
    private byte[] bytes = new byte[16];
    private int length;
    private int lastDoc;

    void add(int doc, int weight) {
        if (bytes.length - length < 10) bytes = Arrays.copyOf(bytes, bytes.length + (bytes.length >> 1) + 10);
        varint(doc - lastDoc);
        varint(weight);
        lastDoc = doc;
    }

    private void varint(int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            bytes[length++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[length++] = (byte) v;
    }

    /** The postings as JSON numbers: {@code doc,weight,doc,weight,...}. */
    void appendTo(Chunks json) {
        int at = 0;
        int doc = 0;
        boolean first = true;
        int[] pair = new int[2];
        while (at < length) {
            for (int k = 0; k < 2; k++) {
                int v = 0;
                int shift = 0;
                byte b;
                do {
                    b = bytes[at++];
                    v |= (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
                pair[k] = v;
            }
            doc += pair[0];
            SearchIndexWriter.posting(json, first, doc, pair[1]);
            first = false;
        }
    }
}
