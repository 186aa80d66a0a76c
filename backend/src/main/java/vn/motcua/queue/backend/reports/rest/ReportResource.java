package vn.motcua.queue.backend.reports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.queue.backend.reports.Reports;
import vn.motcua.queue.backend.reports.Summary;
import vn.motcua.queue.backend.security.Roles;

/** Reports of a center over a range of issue days (supervisor, admin): JSON, CSV and Excel. */
@Path("/api/centers/{center}/reports")
@Tag(name = "Reports")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class ReportResource {

    private final Reports reports;

    public ReportResource(Reports reports) {
        this.reports = reports;
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tickets, served, no-show %, cancelled, average and p90 wait, average service time and "
            + "% within target per service, counter or clerk (by=service|counter|clerk), with the total; "
            + "from/to are center-local days YYYY-MM-DD (default: the last 28 days)")
    public Summary summary(@PathParam("center") String center, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("by") String by) {
        return reports.summary(center, from, to, by);
    }

    @GET
    @Path("/summary.csv")
    @Produces(Reports.CSV)
    @Operation(summary = "The summary as CSV for Excel (UTF-8 with BOM, comma separated), by=service|counter|clerk")
    public Response summaryCsv(@PathParam("center") String center, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("by") String by) {
        return download(reports.summaryCsv(center, from, to, by));
    }

    @GET
    @Path("/summary.xlsx")
    @Produces(Reports.XLSX)
    @Operation(summary = "The summary as an Excel workbook: one sheet per service, counter and clerk")
    public Response summaryWorkbook(@PathParam("center") String center, @QueryParam("from") String from,
                                    @QueryParam("to") String to) {
        return download(reports.summaryWorkbook(center, from, to));
    }

    @GET
    @Path("/tickets.csv")
    @Produces(Reports.CSV)
    @Operation(summary = "One CSV record per ticket issued in the range (times, wait, service time, counter, "
            + "clerk, outcome); no personal data")
    public Response ticketsCsv(@PathParam("center") String center, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        return download(reports.ticketsCsv(center, from, to));
    }

    private static Response download(Reports.Download d) {
        StreamingOutput body = out -> d.body().write(out);
        return Response.ok(body, d.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"").build();
    }
}
