#!/usr/bin/env python3
"""Writes src/Workflows.Modules/Users/Auth/common-passwords.txt: common base words and the variants people make of
them (digits, years, a symbol). The list follows the patterns of the well-known breach lists (RockYou, SecLists'
top passwords); the validator also strips such suffixes itself, so the list mainly needs the bases.
Run again after editing BASES; the output is sorted and deterministic."""
import pathlib

BASES = """
password passw0rd p@ssword p@ssw0rd pass passwort contraseña motdepasse lozinka sifra šifra sifra123 admin administrator
root toor user guest login welcome welcome1 letmein changeme default secret master qwerty qwertz azerty asdf asdfgh
asdfghjkl zxcvbn zxcvbnm qazwsx 1qaz2wsx qwe123 abc abc123 abcd abcdef iloveyou love lovely loveyou monkey dragon
shadow sunshine princess football soccer baseball basketball hockey tennis superman batman spiderman starwars pokemon
michael jennifer jordan hunter ranger buster tigger thomas robert daniel charlie andrew joshua matthew jessica ashley
amanda nicole michelle daniela marija milica jelena ana stefan nikola marko luka petar milan dragan zoran goran dejan
beograd belgrade srbija serbia novisad nis crvenazvezda partizan zvezda delije grobari freedom whatever trustno1 access
master123 hello hello123 hellokitty flower flowers summer winter spring autumn computer internet google facebook
instagram twitter youtube microsoft windows apple samsung nokia iphone android linux ubuntu oracle mysql postgres
cheese cookie chocolate banana orange apple123 pepper ginger maggie bailey buddy coffee tequila whiskey vodka
killer hacker ninja pirate rockstar superstar angel angels devil jesus christ god blessed faith heaven
mustang ferrari porsche mercedes bmw audi yamaha harley corvette chelsea arsenal liverpool barcelona realmadrid
juventus milan inter manchester united london paris berlin moscow newyork america canada europe
qwertyuiop qwertyuiopasdfghjkl mnbvcxz poiuytrewq lkjhgfdsa 1q2w3e4r 1q2w3e 1q2w3e4r5t q1w2e3r4 zaq12wsx
123456 1234567 12345678 123456789 1234567890 0987654321 987654321 654321 111111 000000 121212 123123 112233 123321
666666 696969 777777 888888 999999 159753 147258369 741852963 147852369 11111111 00000000 12341234 1234512345
astra astra123 astraworkflows workflows workflow ngo trafficking victim victims help helpme lawyer case casemanager
coordinator director office office123 company company123 work work123 job staff team teamwork
matrix matrix123 mercury jupiter saturn pluto galaxy universe cosmos rainbow unicorn dolphin butterfly tiger lion
eagle falcon phoenix wolf bear panther jaguar cobra viper shark dragonfly
secret123 password123 password1234 passw0rd123 letmein123 welcome123 admin123 admin1234 root123 user123 test test123
testing tester demo demo123 sample example temp temp123 temporary newpassword mypassword yourpassword nopassword
""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "!", "1!", "123!", "01", "007", "69", "99", "00",
            "2000", "2010", "2015", "2020", "2021", "2022", "2023", "2024", "2025", "2026", "@", "#1", "."]


def main() -> None:
    words = set()
    for base in BASES:
        for suffix in SUFFIXES:
            words.add((base + suffix).lower())
            words.add((base.capitalize() + suffix).lower())
    # Single characters and short units repeated to any typical length.
    for unit in list("abcdefghijklmnopqrstuvwxyz0123456789") + ["ab", "abc", "12", "123", "xo", "qw"]:
        for n in range(8, 21):
            words.add((unit * n)[:n])
    target = pathlib.Path(__file__).resolve().parent.parent / "src/Workflows.Modules/Users/Auth/common-passwords.txt"
    target.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} entries -> {target}")


if __name__ == "__main__":
    main()
