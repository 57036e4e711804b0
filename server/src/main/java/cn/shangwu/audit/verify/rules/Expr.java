package cn.shangwu.audit.verify.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The expression language of the rule sets:
 * <pre>
 *   expr := side ('=' | '&gt;=' | '&lt;=') side
 *   side := term (('+' | '-') term)*
 *   term := TABLE '[' row ']' '[' col ']'  |  'sum(' TABLE '[' rows ']' '[' col ']' ')'  |  'ratio(' ref ',' ref ')'  |  NUMBER
 * </pre>
 * Rows are chosen by key: a code ({@code 201}), a label ({@code 本年收入合计}), {@code #10} (行次), {@code A>B} (the first
 * B after A), {@code name:X} (exact label), {@code children:@N}, {@code class}, {@code level:3}, {@code group:X}, several
 * joined by {@code |}. Columns by 栏次 number or header text.
 */
public record Expr(List<Term> left, String op, List<Term> right) {

    public sealed interface Term permits Ref, Sum, Num, Ratio {}

    /** A term with its sign. */
    public record Signed(int sign, Term term) {}

    public record Ref(int sign, String table, String row, String col) implements Term {}

    public record Sum(int sign, String table, String rows, String col) implements Term {}

    public record Num(int sign, BigDecimal value) implements Term {}

    public record Ratio(int sign, Ref num, Ref den) implements Term {}

    public static Expr parse(String s) {
        Parser p = new Parser(s);
        List<Term> l = p.side();
        String op = p.op();
        List<Term> r = p.side();
        p.end();
        return new Expr(l, op, r);
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        List<Term> side() {
            List<Term> out = new ArrayList<>();
            int sign = 1;
            skip();
            if (peek('-')) { i++; sign = -1; }
            out.add(term(sign));
            while (true) {
                skip();
                if (peek('+')) { i++; out.add(term(1)); }
                else if (peek('-')) { i++; out.add(term(-1)); }
                else return out;
            }
        }

        String op() {
            skip();
            if (s.startsWith(">=", i)) { i += 2; return ">="; }
            if (s.startsWith("<=", i)) { i += 2; return "<="; }
            if (peek('=')) { i++; return "="; }
            throw error("expected = >= or <=");
        }

        void end() {
            skip();
            if (i != s.length()) throw error("unexpected text");
        }

        Term term(int sign) {
            skip();
            if (s.startsWith("sum(", i)) {
                i += 4;
                Ref r = ref(1);
                expect(')');
                return new Sum(sign, r.table(), r.row(), r.col());
            }
            if (s.startsWith("ratio(", i)) {
                i += 6;
                Ref a = ref(1);
                expect(',');
                Ref b = ref(1);
                expect(')');
                return new Ratio(sign, a, b);
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
            if (i > start && (i == s.length() || s.charAt(i) != '[')) return new Num(sign, new BigDecimal(s.substring(start, i)));
            i = start;
            return ref(sign);
        }

        Ref ref(int sign) {
            skip();
            int start = i;
            while (i < s.length() && s.charAt(i) != '[') i++;
            String table = s.substring(start, i).strip();
            if (table.isEmpty()) throw error("expected a table id");
            String row = bracket();
            String col = bracket();
            return new Ref(sign, table, row, col);
        }

        String bracket() {
            expect('[');
            int start = i;
            int depth = 1;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '[') depth++;
                if (c == ']' && --depth == 0) break;
                i++;
            }
            if (i >= s.length()) throw error("unclosed [");
            String out = s.substring(start, i).strip();
            i++;
            return out;
        }

        void expect(char c) {
            skip();
            if (!peek(c)) throw error("expected " + c);
            i++;
        }

        boolean peek(char c) {
            return i < s.length() && s.charAt(i) == c;
        }

        void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at " + i + " in rule expression: " + s);
        }
    }
}
