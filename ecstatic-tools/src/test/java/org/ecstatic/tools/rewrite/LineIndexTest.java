package org.ecstatic.tools.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

class LineIndexTest {

    @Test
    void countsLfCrLfAndLoneCrAsOneLineEndEach() {
        String text = "a\nb\r\nc\rd";
        LineIndex lines = LineIndex.of(text);
        assertEquals(List.of(1, 1, 2, 2, 2, 3, 3, 4), lineOfEach(lines, text.length()));
    }

    @Test
    void answersIndexesAskedInAnyOrder() {
        String text = "one\ntwo\r\nthree\rfour\n";
        LineIndex lines = LineIndex.of(text);
        assertEquals(4, lines.lineOf(15));
        assertEquals(1, lines.lineOf(0));
        assertEquals(3, lines.lineOf(9));
        assertEquals(2, lines.lineOf(8));
        assertEquals(5, lines.lineOf(text.length()));
    }

    @Test
    void agreesWithCountingFromTheStartEveryTime() {
        Random random = new Random(7);
        char[] alphabet = {'a', '\n', '\r', ' '};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            LineIndex lines = LineIndex.of(text.toString());
            for (int ask = 0; ask < 20; ask++) {
                int index = random.nextInt(text.length() + 1);
                assertEquals(countedFromStart(text.toString(), index), lines.lineOf(index), text + " @" + index);
            }
        }
    }

    @Test
    void referenceCarriesTheLineOfItsStart() {
        String text = "x\r\n  url(a.png)";
        assertEquals(new Reference(9, 14, 2, "a.png"), LineIndex.of(text).reference(text, 9, 14));
    }

    private static List<Integer> lineOfEach(LineIndex lines, int length) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            result.add(lines.lineOf(i));
        }
        return result;
    }

    /** Lines by the definition: a line end is LF, CR LF (one end) or a lone CR. */
    private static int countedFromStart(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n' || (text.charAt(i) == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
