"""The AsyncAPI document as one HTML page for people: every channel, its messages, and the fields
of each message's data (type, values, whether it may be null). Self-contained: no script, no
style sheet or font from elsewhere."""

from __future__ import annotations

from html import escape
from typing import Any

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; color: #222; }
code { font: 13px ui-monospace, monospace; } h2 { margin-top: 2.2rem; }
table { border-collapse: collapse; margin: .4rem 0 1rem; width: 100%; }
td, th { border-bottom: 1px solid #ddd; padding: .25rem .5rem; text-align: left; }
td { vertical-align: top; }
nav a { margin-right: .7rem; white-space: nowrap; } .values { color: #555; }
"""


def asyncapi_page(document: dict[str, Any]) -> str:
    info = document["info"]
    channels = document["channels"]
    messages = document["components"]["messages"]
    schemas = document["components"]["schemas"]
    index = " ".join(f'<a href="#{escape(name)}">{escape(name)}</a>' for name in channels)
    sections = "".join(
        _channel(name, channel, messages, schemas) for name, channel in channels.items()
    )
    return (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        f"<title>{escape(info['title'])} {escape(info['version'])}</title>"
        f"<style>{STYLE}</style>"
        f"<h1>{escape(info['title'])} <small>{escape(info['version'])}</small></h1>"
        f"<p>{escape(info['description'])}</p>"
        '<p>The machine-readable document: <a href="asyncapi.json">asyncapi.json</a> '
        f"(AsyncAPI {escape(document['asyncapi'])}).</p>"
        f"<nav>{index}</nav>{sections}</html>"
    )


def _channel(
    name: str, channel: dict[str, Any], messages: dict[str, Any], schemas: dict[str, Any]
) -> str:
    parts = [f'<h2 id="{escape(name)}"><code>{escape(channel["address"])}</code></h2>']
    for title in channel["messages"]:
        message = messages[title]
        parts.append(f"<h3>{escape(title)}</h3><p>{escape(message['summary'])}</p>")
        parts.append(_fields(schemas[title]))
    return "".join(parts)


def _fields(schema: dict[str, Any]) -> str:
    rows = "".join(
        f"<tr><td><code>{escape(field)}</code></td><td>{escape(_type(spec))}</td>"
        f"<td class=values>{escape(', '.join(_values(spec)))}</td></tr>"
        for field, spec in schema["properties"].items()
    )
    if not rows:
        return "<p><em>No data.</em></p>"
    return f"<table><tr><th>field</th><th>type</th><th>values</th></tr>{rows}</table>"


def _type(spec: dict[str, Any]) -> str:
    if "anyOf" in spec:
        return " or ".join(dict.fromkeys(_type(option) for option in spec["anyOf"]))
    if spec.get("type") == "array":
        return f"list of {_type(spec.get('items', {}))}"
    kind = spec.get("type", "any")
    return f"{kind} ({spec['format']})" if "format" in spec else str(kind)


def _values(spec: dict[str, Any]) -> list[str]:
    if "anyOf" in spec:
        return list(dict.fromkeys(v for option in spec["anyOf"] for v in _values(option)))
    if spec.get("type") == "array":
        return _values(spec.get("items", {}))
    if spec.get("type") == "object":
        nested = spec.get("properties", {})
        return [f"{key}: {'|'.join(_values(value))}" for key, value in nested.items()]
    return [str(value) for value in spec.get("enum", [])]
