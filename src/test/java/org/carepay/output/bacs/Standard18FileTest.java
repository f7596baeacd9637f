package org.carepay.output.bacs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.carepay.output.bacs.Standard18File.LineEnding;
import org.junit.jupiter.api.Test;

/**
 * Every expected record is spelt out field by field from the table in docs/bacs-std18.md, so a
 * test fails if the code and the documented layout part ways.
 */
class Standard18FileTest {

    private static final Originator COUNCIL = new Originator("201575", "90817263", "EXAMPLE COUNCIL");
    private static final LocalDate PROCESSING_DATE = LocalDate.of(2026, 11, 20);

    private static final Credit BRAMBLE = new Credit("402615", "31558204", "Bramble Homecare Ltd", 123_456, "RA00012345");
    private static final Credit KINGFISHER =
            new Credit("309871", "47120936", "Kingfisher Care at Home Ltd", 98_765, "RA00012346");

    private static final String BRAMBLE_RECORD = hundred(
            "402615"                  // 1-6     destination sorting code
            + "31558204"              // 7-14    destination account number
            + "0"                     // 15      destination account type
            + "99"                    // 16-17   transaction code: direct credit
            + "201575"                // 18-23   originating sorting code
            + "90817263"              // 24-31   originating account number
            + "    "                  // 32-35   free / RTI field
            + "00000123456"           // 36-46   amount in pence: £1,234.56
            + "EXAMPLE COUNCIL   "    // 47-64   service user's name
            + "RA00012345        "    // 65-82   service user's reference
            + "BRAMBLE HOMECARE L");  // 83-100  destination account name, cut at 18

    private static final String KINGFISHER_RECORD = hundred(
            "309871"                  // 1-6     destination sorting code
            + "47120936"              // 7-14    destination account number
            + "0"                     // 15      destination account type
            + "99"                    // 16-17   transaction code: direct credit
            + "201575"                // 18-23   originating sorting code
            + "90817263"              // 24-31   originating account number
            + "    "                  // 32-35   free / RTI field
            + "00000098765"           // 36-46   amount in pence: £987.65
            + "EXAMPLE COUNCIL   "    // 47-64   service user's name
            + "RA00012346        "    // 65-82   service user's reference
            + "KINGFISHER CARE AT");  // 83-100  destination account name, cut at 18

    @Test
    void aReferenceIsReadBackAsItsRecordHoldsIt() {
        // upper case, a character Bacs does not take made a space, cut to the 18 characters of the field
        assertThat(Standard18File.referenceAsWritten("HC261116-1/p1001_north")).isEqualTo("HC261116-1/P1001 N");
        assertThat(Standard18File.referenceAsWritten("SP261123-1/P04")).isEqualTo("SP261123-1/P04");
    }

    @Test
    void oneCreditIsFollowedByItsContra() {
        String contra = hundred(
                "201575"                  // 1-6     the council's sorting code
                + "90817263"              // 7-14    the council's account number
                + "0"                     // 15      account type
                + "17"                    // 16-17   transaction code: credit contra
                + "201575"                // 18-23   originating sorting code
                + "90817263"              // 24-31   originating account number
                + "    "                  // 32-35   free / RTI field
                + "00000123456"           // 36-46   the total
                + "CAREPAY 2026-11-20"    // 47-64   narrative: the processing date
                + "CONTRA            "    // 65-82   reference: CONTRA
                + "EXAMPLE COUNCIL   ");  // 83-100  the council's name

        assertThat(Standard18File.render(COUNCIL, PROCESSING_DATE, List.of(BRAMBLE)))
                .isEqualTo(BRAMBLE_RECORD + "\n" + contra + "\n");
    }

    @Test
    void twoCreditsInTheGivenOrderThenTheContraOfTheirTotal() {
        String contra = hundred(
                "201575"                  // 1-6     the council's sorting code
                + "90817263"              // 7-14    the council's account number
                + "0"                     // 15      account type
                + "17"                    // 16-17   transaction code: credit contra
                + "201575"                // 18-23   originating sorting code
                + "90817263"              // 24-31   originating account number
                + "    "                  // 32-35   free / RTI field
                + "00000222221"           // 36-46   1,234.56 + 987.65 = £2,222.21
                + "CAREPAY 2026-11-20"    // 47-64   narrative: the processing date
                + "CONTRA            "    // 65-82   reference: CONTRA
                + "EXAMPLE COUNCIL   ");  // 83-100  the council's name

        assertThat(Standard18File.records(COUNCIL, PROCESSING_DATE, List.of(BRAMBLE, KINGFISHER)))
                .containsExactly(BRAMBLE_RECORD, KINGFISHER_RECORD, contra);
        assertThat(Standard18File.records(COUNCIL, PROCESSING_DATE, List.of(KINGFISHER, BRAMBLE)))
                .as("the caller's order is kept: ap-payments.csv is already sorted")
                .startsWith(KINGFISHER_RECORD, BRAMBLE_RECORD);
    }

    @Test
    void textIsUpperCasedAndCharactersOutsideTheBacsSetBecomeSpaces() {
        Credit credit = new Credit("608301", "20486617", "  O'Brien & Daughters (Care) Ltd", 5_000,
                "ra/0001-x_y.z£");

        String record = Standard18File.records(COUNCIL, PROCESSING_DATE, List.of(credit)).get(0);

        assertThat(record.substring(64, 82))       // 65-82: lower case raised, _ and £ made spaces, trailing space dropped
                .isEqualTo("RA/0001-X Y.Z     ");
        assertThat(record.substring(82, 100))      // 83-100: leading spaces dropped, ' and ( ) made spaces, cut at 18
                .isEqualTo("O BRIEN & DAUGHTER");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneSpaceAndAccentedLettersAreNotGuessed() {
        Credit credit = new Credit("608301", "20486617", "Zoë\uD83D\uDE00Care", 5_000, "REF");

        String record = Standard18File.records(COUNCIL, PROCESSING_DATE, List.of(credit)).get(0);

        assertThat(record.substring(82, 100)).isEqualTo("ZO  CARE          "); // Ë and the emoji: one space each
    }

    @Test
    void amountsAreRightAlignedAndZeroFilledToElevenDigits() {
        assertThat(amountField(1)).isEqualTo("00000000001");              // 1p
        assertThat(amountField(123_456)).isEqualTo("00000123456");        // £1,234.56
        assertThat(amountField(99_999_999_999L)).isEqualTo("99999999999"); // the widest the field takes
    }

    @Test
    void everyRecordIsExactlyOneHundredCharactersFollowedByTheLineEnding() {
        List<Credit> credits = new ArrayList<>();
        String[] names = {"A", "Bramble Homecare Ltd", "Kingfisher Care at Home Ltd and Sons", "x'y\"z", "ÅÆØ care"};
        for (int i = 0; i < names.length; i++) {
            credits.add(new Credit("40261" + i, "3155820" + i, names[i], (long) Math.pow(10, i * 2), "R" + i));
        }

        String lf = Standard18File.render(COUNCIL, PROCESSING_DATE, credits, LineEnding.LF);
        String crlf = Standard18File.render(COUNCIL, PROCESSING_DATE, credits, LineEnding.CRLF);

        assertThat(lf).endsWith("\n").doesNotContain("\r");
        assertThat(lf.split("\n", -1)).hasSize(credits.size() + 2)   // the credits, the contra, "" after the last LF
                .allSatisfy(line -> assertThat(line).matches("|.{100}"));
        assertThat(crlf).isEqualTo(lf.replace("\n", "\r\n"));
    }

    @Test
    void theSameInputGivesTheSameBytesAndWriteGivesRendersBytes() throws Exception {
        List<Credit> credits = List.of(BRAMBLE, KINGFISHER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Standard18File.write(out, COUNCIL, PROCESSING_DATE, credits, LineEnding.LF);

        String rendered = Standard18File.render(COUNCIL, PROCESSING_DATE, credits);
        assertThat(Standard18File.render(COUNCIL, PROCESSING_DATE, List.copyOf(credits))).isEqualTo(rendered);
        assertThat(out.toByteArray()).isEqualTo(rendered.getBytes(StandardCharsets.US_ASCII))
                .hasSize(3 * 101);
    }

    @Test
    void noCreditsGiveAnEmptyFileRatherThanAZeroContra() {
        assertThat(Standard18File.render(COUNCIL, PROCESSING_DATE, List.of())).isEmpty();
    }

    @Test
    void aTotalBeyondElevenDigitsOfPenceIsRefused() {
        Credit large = new Credit("402615", "31558204", "Bramble Homecare Ltd", 99_999_999_999L, "RA1");
        Credit more = new Credit("309871", "47120936", "Kingfisher", 1, "RA2");

        assertThatThrownBy(() -> Standard18File.render(COUNCIL, PROCESSING_DATE, List.of(large, more)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total");
    }

    @Test
    void theOriginatorsNameIsWrittenUpperCased() {
        Originator lowerCase = new Originator("201575", "90817263", "Example Council");

        assertThat(Standard18File.render(lowerCase, PROCESSING_DATE, List.of(BRAMBLE)))
                .isEqualTo(Standard18File.render(COUNCIL, PROCESSING_DATE, List.of(BRAMBLE)));
    }

    private static String amountField(long pence) {
        Credit credit = new Credit("402615", "31558204", "Bramble", pence, "REF");
        return Standard18File.records(COUNCIL, PROCESSING_DATE, List.of(credit)).get(0).substring(35, 46); // 36-46
    }

    /** Guards the hand-written expectations themselves: a miscounted field fails here, not later. */
    private static String hundred(String record) {
        assertThat(record).hasSize(100);
        return record;
    }
}
