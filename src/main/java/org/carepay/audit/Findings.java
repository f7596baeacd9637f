package org.carepay.audit;

import java.util.ArrayList;
import java.util.List;

/** What one check finds, in the order it finds it. */
public final class Findings {

    private final String check;
    private final List<Finding> found = new ArrayList<>();

    Findings(String check) {
        this.check = check;
    }

    public void pass(String runId, String file, String detail) {
        found.add(new Finding(check, Finding.Status.PASS, runId, file, detail));
    }

    public void fail(String runId, String file, String detail) {
        found.add(new Finding(check, Finding.Status.FAIL, runId, file, detail));
    }

    List<Finding> all() {
        return found;
    }
}
