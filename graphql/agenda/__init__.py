"""The GraphQL side of agendas: the AgendaItem type, its filter and order inputs, the agenda
field."""
