package cn.shangwu.audit.web;

/** A client error with its HTTP status; rendered as {"error","detail"}. */
public class ApiError extends RuntimeException {
    private final int status;
    private final String error;
    private final String detail;

    public ApiError(int status, String error, String detail) {
        super(error + "：" + detail);
        this.status = status;
        this.error = error;
        this.detail = detail;
    }

    public int status() { return status; }
    public String error() { return error; }
    public String detail() { return detail; }

    public static ApiError notFound(String what) {
        return new ApiError(404, "未找到", what);
    }

    public static ApiError badRequest(String error, String detail) {
        return new ApiError(400, error, detail);
    }
}
