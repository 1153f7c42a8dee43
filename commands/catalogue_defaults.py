"""The catalogues a new company starts with: what a Spanish sales and post-sale office uses, for
administrators to rename, extend or trim."""

from __future__ import annotations

from cronica.domain.catalogue_values import CatalogueKind, Entry, ValueType

DEFAULT_ENTRIES: dict[CatalogueKind, tuple[Entry, ...]] = {
    CatalogueKind.TASK_TYPES: (
        Entry("appointment", "Cita", colour="#1f6feb"),
        Entry("call", "Llamada", colour="#2da44e"),
        Entry("quote", "Presupuesto", colour="#bf8700"),
        Entry("renewal", "Renovación", colour="#8250df"),
        Entry("objection", "Objeción", colour="#cf222e"),
        Entry("visit", "Visita", colour="#0a7ea4"),
    ),
    CatalogueKind.INCIDENT_TYPES: (
        # `general` is what an incident opened without a type is.
        Entry("general", "General"),
        Entry("breakdown", "Avería"),
        Entry("installation", "Instalación"),
        Entry("warranty", "Garantía"),
        Entry("complaint", "Reclamación"),
    ),
    CatalogueKind.NOTICE_CODES: (
        Entry("call_back", "Devolver la llamada"),
        Entry("message", "Recado"),
        Entry("order", "Pedido"),
        Entry("complaint", "Reclamación"),
        Entry("visit_request", "Solicita una visita"),
    ),
    CatalogueKind.RESOLUTION_CODES: (
        Entry("solved", "Resuelto"),
        Entry("informed", "Informado"),
        Entry("forwarded", "Derivado a otro departamento"),
        Entry("no_action", "No requiere acción"),
    ),
    CatalogueKind.LOST_REASONS: (
        Entry("price", "Precio"),
        Entry("competitor", "Se fue con la competencia"),
        Entry("no_budget", "Sin presupuesto"),
        Entry("delivery_time", "Plazo de entrega"),
        Entry("no_answer", "No contesta"),
        Entry("product_fit", "El producto no se ajusta"),
    ),
    CatalogueKind.CLASSIFICATION_CRITERIA: (
        Entry("large_account", "Gran cuenta"),
        Entry("sme", "Pyme"),
        Entry("self_employed", "Autónomo"),
        Entry("public_sector", "Administración pública"),
    ),
    CatalogueKind.CUSTOM_FIELDS: (
        Entry("employees", "Número de empleados", value_type=ValueType.NUMBER),
        Entry(
            "preferred_language",
            "Idioma preferido",
            value_type=ValueType.CHOICE,
            choices=("Castellano", "Català", "Euskara", "Galego", "English"),
        ),
    ),
}
