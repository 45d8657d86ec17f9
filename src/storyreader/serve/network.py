"""The laptop's network addresses, and which one to share on by default.

Phones in the room reach the laptop through its Wi-Fi (or its hotspot) or its wired LAN
address, so that one is offered first; loopback is for trying it on the laptop itself.
Every interface at once (0.0.0.0) is never a default: the caller must ask for it. Nothing
here sends a packet: the addresses come from the operating system's interface list.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Literal

import ifaddr

Kind = Literal["wifi", "lan", "other", "loopback"]
EVERY_INTERFACE = ("0.0.0.0", "::")
_RANK: dict[Kind, int] = {"wifi": 0, "lan": 1, "other": 2, "loopback": 3}
_WIFI = re.compile(r"^(wl|wlan|wifi)\w*|wi-?fi|wireless|wlan|802\.11", re.IGNORECASE)
_LAN = re.compile(r"^(en|eth|em|eno|enp|ens)\w*|ethernet|^lan", re.IGNORECASE)
_VIRTUAL = re.compile(
    r"^(docker|br-|veth|virbr|vmnet|vboxnet|lxc|lxd|tun|tap|wg|tailscale|zt|utun|awdl|llw"
    r"|podman|cni|flannel|ifb|dummy|bridge)|virtual|vpn|hyper-v|vethernet|loopback",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NetworkAddress:
    interface: str  # the name people see ("wlp2s0", "Wi-Fi")
    address: str  # an IPv4 address
    kind: Kind

    def label(self) -> str:
        return f"{self.address} ({self.interface})"


def classify(interface: str, address: str) -> Kind:
    ip = ipaddress.IPv4Address(address)
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local or _VIRTUAL.search(interface):
        return "other"
    if _WIFI.search(interface):
        return "wifi"
    if _LAN.search(interface):
        return "lan"
    return "other"


def rank(addresses: list[NetworkAddress]) -> list[NetworkAddress]:
    """Wi-Fi first, then wired, then the rest, loopback last; private ranges before others."""

    def key(item: NetworkAddress) -> tuple[int, int, str]:
        private = ipaddress.IPv4Address(item.address).is_private
        return (_RANK[item.kind], 0 if private else 1, item.interface)

    return sorted(addresses, key=key)


def list_addresses() -> list[NetworkAddress]:
    """The machine's IPv4 addresses, best for sharing first (loopback always included)."""
    found: dict[str, NetworkAddress] = {}
    for adapter in ifaddr.get_adapters():
        interface = str(adapter.nice_name or adapter.name)
        for ip in adapter.ips:
            if not isinstance(ip.ip, str):  # IPv6 gives a tuple; phones and QR want IPv4
                continue
            found.setdefault(ip.ip, NetworkAddress(interface, ip.ip, classify(interface, ip.ip)))
    found.setdefault("127.0.0.1", NetworkAddress("lo", "127.0.0.1", "loopback"))
    return rank(list(found.values()))


def pick_address(addresses: list[NetworkAddress] | None = None) -> NetworkAddress:
    """The address to share on by default: the Wi-Fi one if there is one, else the LAN."""
    ranked = rank(addresses if addresses is not None else list_addresses())
    if not ranked:
        return NetworkAddress("lo", "127.0.0.1", "loopback")
    return ranked[0]


def is_present(host: str, addresses: list[NetworkAddress] | None = None) -> bool:
    """Whether `host` is still an address of this machine (it goes when the Wi-Fi drops)."""
    if host in EVERY_INTERFACE or host == "127.0.0.1":
        return True
    current = addresses if addresses is not None else list_addresses()
    return any(item.address == host for item in current)
