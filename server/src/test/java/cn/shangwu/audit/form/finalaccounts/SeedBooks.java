package cn.shangwu.audit.form.finalaccounts;

/** Seed workbooks for tests outside this package (HTTP, benchmark). */
public final class SeedBooks {
    private SeedBooks() {}

    public static byte[] finalAccounts001() {
        return SeedBook.finalAccounts("001").xlsx();
    }

    public static byte[] finalAccounts002() {
        return SeedBook.finalAccounts("002").xlsx();
    }

    public static byte[] basicData001() {
        return BasicDataSeedTest.seed().xlsx();
    }

    /** 001's 基础数据表 with another 公务接待 本年决算数 and a 三公 total that still adds up. */
    public static byte[] basicData001WithReception(String reception, String sanGong) {
        SeedBook b = BasicDataSeedTest.seed();
        b.set("附件1", b.find("附件1", "3、公务接待")[0], 3, reception);
        b.set("附件1", b.find("附件1", "三公经费")[0], 3, sanGong);
        return b.xlsx();
    }
}
