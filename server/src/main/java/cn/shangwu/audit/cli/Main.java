package cn.shangwu.audit.cli;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.store.Database;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Form;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.verify.Severity;
import cn.shangwu.audit.web.Server;
import io.javalin.Javalin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line (CONTRACT.md): verify, templates, serve (default), admin.
 * Exit codes: 0 done, 2 unreadable input or bad arguments.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = run(args);
        if (code != 0) System.exit(code);
    }

    /** Runs a command; returns the exit code. {@code serve} blocks until the JVM stops. */
    public static int run(String... args) {
        String cmd = args.length == 0 ? "serve" : args[0];
        try {
            return switch (cmd) {
                case "verify" -> verify(rest(args));
                case "templates" -> templates(rest(args));
                case "serve" -> serve();
                case "admin" -> Admin.run(rest(args));
                case "-h", "--help", "help" -> usage(0);
                default -> usage(2);
            };
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    private static int verify(List<String> a) {
        Args args = Args.parse(a, "--out", "--json", "--policy");
        if (args.positional().size() != 1) throw new UsageException("用法：verify IN.xlsx [--out OUT.xlsx] [--json REPORT.json] [--policy proportional|linear-0.2]");
        Path in = Path.of(args.positional().get(0));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(in);
        } catch (IOException e) {
            System.err.println("无法读取文件 " + in + "：" + e.getMessage());
            return 2;
        }
        Checked checked;
        try {
            checked = Forms.standard().check(new Upload(in.getFileName().toString(), bytes), new CheckOptions(args.get("--policy"), null));
        } catch (BadWorkbookException e) {
            System.err.println(e.error() + "：" + e.detail());
            return 2;
        }
        try {
            if (args.get("--out") != null) Files.write(Path.of(args.get("--out")), checked.annotated());
            String json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(checked.report());
            if (args.get("--json") != null) Files.writeString(Path.of(args.get("--json")), json);
            else System.out.println(json);
        } catch (IOException e) {
            System.err.println("无法写出结果：" + e.getMessage());
            return 2;
        }
        var r = checked.report();
        System.err.printf("%s：错误 %d，提示 %d，信息 %d%s%n", r.template(), r.count(Severity.ERROR), r.count(Severity.WARNING),
                r.count(Severity.INFO), r.score() == null ? "" : "，复核总分 " + r.score().verified() + "（" + r.score().grade() + "）");
        return 0;
    }

    private static int templates(List<String> a) {
        Args args = Args.parse(a, "--out");
        Path dir = Path.of(args.get("--out") == null ? "." : args.get("--out"));
        try {
            Files.createDirectories(dir);
            for (Form f : Forms.standard().all()) {
                Path p = dir.resolve(f.id() + ".xlsx");
                Files.write(p, f.blank());
                System.out.println(p);
            }
            return 0;
        } catch (IOException e) {
            System.err.println("无法写出模板：" + e.getMessage());
            return 2;
        }
    }

    private static int serve() {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "7070"));
        Database db = Database.fromEnvironment();
        Forms forms = Forms.standard();
        Javalin app = Server.create(db, forms);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
        }));
        app.start(port);
        // The first consolidation after a start would otherwise load POI/jxls and the F4 rules (seconds on 2 cores).
        Thread warm = new Thread(() -> new cn.shangwu.audit.consolidate.Consolidator(db.dataSource(), forms).warmUp(), "warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
        return 0;
    }

    private static int usage(int code) {
        (code == 0 ? System.out : System.err).println("""
                用法：
                  java -jar server/target/server.jar verify IN.xlsx --out OUT.xlsx --json REPORT.json [--policy linear-0.2]
                  java -jar server/target/server.jar templates --out DIR
                  java -jar server/target/server.jar serve
                  java -jar server/target/server.jar admin create-user --username U --password P --role admin|province|city|county --unit CODE
                  java -jar server/target/server.jar admin set-password --username U --password P
                  java -jar server/target/server.jar admin disable-user --username U""");
        return code;
    }

    private static List<String> rest(String[] args) {
        return new ArrayList<>(List.of(args).subList(1, args.length));
    }
}
