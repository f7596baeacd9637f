package org.carepay.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.carepay.payments.review.Text;

/**
 * Charts drawn as inline SVG, so the report needs no script and nothing from the network: bars of amounts with
 * their labels, and a sparkline of a provider's recent totals. Coordinates are whole pixels, so the same amounts
 * always give the same bytes; a bar's title is its amount, shown when the mouse is over it.
 */
public final class SvgChart {

    private SvgChart() {
    }

    /** One bar per amount, the last one (this run) darker; amounts below 0 are drawn as 0. */
    public static String bars(List<String> labels, List<BigDecimal> amounts, String caption, boolean ofNow) {
        int width = 90 * amounts.size() + 20;
        int height = 150;
        int plot = 100;
        BigDecimal top = max(amounts);
        StringBuilder svg = new StringBuilder("<svg role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\"><title>").append(Text.html(caption)).append("</title>");
        for (int i = 0; i < amounts.size(); i++) {
            int bar = scaled(amounts.get(i), top, plot);
            int x = 20 + 90 * i;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(20 + plot - bar).append("\" width=\"60\" height=\"")
                    .append(bar).append("\" fill=\"").append(ofNow && i == amounts.size() - 1 ? "#1f4e79" : "#9dc3e6")
                    .append("\"><title>").append(Text.html(labels.get(i))).append(": ")
                    .append(UkFormat.amount(amounts.get(i))).append("</title></rect>");
            svg.append("<text x=\"").append(x + 30).append("\" y=\"").append(15 + plot - bar)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(UkFormat.amount(amounts.get(i)))
                    .append("</text>");
            svg.append("<text x=\"").append(x + 30).append("\" y=\"").append(height - 12)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(Text.html(labels.get(i)))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** A small line of amounts (oldest first), its last point marked: a provider's trend in a table cell. */
    public static String sparkline(List<BigDecimal> amounts) {
        if (amounts.size() < 2) {
            return "";
        }
        int width = 80;
        int height = 20;
        BigDecimal top = max(amounts);
        StringBuilder points = new StringBuilder();
        int step = (width - 4) / (amounts.size() - 1);
        int lastX = 0;
        int lastY = 0;
        for (int i = 0; i < amounts.size(); i++) {
            lastX = 2 + step * i;
            lastY = height - 2 - scaled(amounts.get(i), top, height - 4);
            points.append(i == 0 ? "" : " ").append(lastX).append(',').append(lastY);
        }
        return "<svg role=\"img\" width=\"" + width + "\" height=\"" + height
                + "\"><title>last runs and this one</title><polyline fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"1.5\""
                + " points=\"" + points + "\"/><circle cx=\"" + lastX + "\" cy=\"" + lastY + "\" r=\"2.5\""
                + " fill=\"#1f4e79\"/></svg>";
    }

    private static BigDecimal max(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    /** An amount as a length of at most {@code full} pixels, the largest amount full; 0 for none or below 0. */
    private static int scaled(BigDecimal amount, BigDecimal top, int full) {
        if (top.signum() <= 0 || amount.signum() <= 0) {
            return 0;
        }
        return amount.multiply(BigDecimal.valueOf(full)).divide(top, 0, RoundingMode.HALF_UP).intValueExact();
    }
}
