package cn.shangwu.audit.template;

import java.util.ArrayList;
import java.util.List;

/** The list of shipped forms. Each form's package adds one line here. */
final class FormCatalog {
    private FormCatalog() {}

    static List<Form> all() {
        List<Form> all = new ArrayList<>();
        // F1 project-self-eval, F2 dept-self-eval, F3 dept-basic-data, F4 final-accounts, F5 fund-execution
        all.add(cn.shangwu.audit.form.selfeval.SelfEvalForm.project());
        all.add(cn.shangwu.audit.form.selfeval.SelfEvalForm.dept());
        all.add(new cn.shangwu.audit.form.finalaccounts.FinalAccountsForm());
        all.add(new cn.shangwu.audit.form.basicdata.BasicDataForm());
        all.add(new cn.shangwu.audit.form.fundexec.FundExecutionForm());
        return all;
    }
}
