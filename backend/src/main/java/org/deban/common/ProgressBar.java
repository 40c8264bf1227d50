package org.deban.common;

import java.io.PrintStream;

/** A one-line progress bar for the command-line tools, redrawn at most every percent. */
public final class ProgressBar {
    private final PrintStream out;
    private final long total;
    private int shownPercent = -1;

    public ProgressBar(PrintStream out, long total) {
        this.out = out;
        this.total = Math.max(total, 1);
    }

    public void update(long done) {
        int percent = (int) Math.min(100, 100 * done / total);
        if (percent == shownPercent) return;
        shownPercent = percent;
        int filled = percent * 30 / 100;
        out.printf("\r[%s%s] %3d%% %,d/%,d", "#".repeat(filled), ".".repeat(30 - filled), percent, done, total);
        out.flush();
    }

    public void finish() {
        out.println();
    }
}
