package io.triad.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.triad.account.CurrentAccount;
import io.triad.importing.ImportService.Counts;
import io.triad.importing.ImportService.Importer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/import")
@Authenticated
class ImportResource {
    private final ImportService imports;
    private final CurrentAccount current;

    ImportResource(ImportService imports, CurrentAccount current) {
        this.imports = imports;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Counts importDocument(JsonNode body) {
        return imports.importDocument(body, new Importer(current.require(), null));
    }
}
