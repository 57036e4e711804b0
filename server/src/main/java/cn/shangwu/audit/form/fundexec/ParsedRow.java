package cn.shangwu.audit.form.fundexec;

/** A row with what the verifier needs beyond {@link FundRow}: how each number was written and where it stands. */
record ParsedRow(FundRow row, Value budget, Value paid, Value rate, String noteCell, String labelCell) {}
