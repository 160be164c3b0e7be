#!/usr/bin/env python3
"""Synthetic households for the import benchmark (bench/import.sh), written three ways from the same rows:

  households.ndjson      one household create body per line, as a script would send it to POST /api/v1/imports
  household.copy         the same households as COPY text rows of table household
  household_member.copy  their members as COPY text rows of table household_member

usage: import-data.py N HAMLETS_FILE OUT_DIR    (HAMLETS_FILE: lines "hamlet_code<TAB>commune_code")

Keys are time-ordered UUIDs (version 7), as the service makes them, so COPY inserts the same kind of key as the import.
Members per household: 1 to 6, about 3.5 on average; every member has a structurally valid citizen id that is
unique in the file (a province code, the century/sex digit and the birth year, a serial), so every record is valid.
"""
import json
import random
import sys
import time
import uuid

n = int(sys.argv[1])
hamlets = [line.rstrip("\n").split("\t") for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
out = sys.argv[3]
rnd = random.Random(20261126)

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương"]
MIDDLE_M = ["Văn", "Hữu", "Minh", "Quốc", "Thanh", "Công"]
MIDDLE_F = ["Thị", "Ngọc", "Thu", "Kim", "Mỹ", "Thanh"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hoa", "Lan", "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Trang", "Vy", "Yến", "Hùng"]
MATERIAL = ["REINFORCED_CONCRETE", "BRICK_STONE", "HARDWOOD", "METAL_SHEET", "SOFTWOOD_PLANKS", "BAMBOO_LEAVES"]
WATER = ["PIPED", "DRILLED_WELL", "PROTECTED_DUG_WELL", "RAINWATER", "SURFACE_WATER"]
LATRINE = ["SEPTIC", "SEMI_SEPTIC", "POUR_FLUSH", "FISH_POND", "NONE"]
NOW = "2026-11-26T00:00:00Z"
serial = 0
ids = random.Random()


def uuid7():
    """A time-ordered key (version 7) as the service gives new households and members (common.id.Ids)."""
    r = ids.getrandbits(74)
    high = (time.time_ns() // 1_000_000) << 16 | 0x7000 | r >> 62
    return uuid.UUID(int=high << 64 | 0b10 << 62 | r & ((1 << 62) - 1))


def esc(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    s = str(v)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def person(relationship, sex, year):
    global serial
    serial += 1
    born = f"{year:04d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    digit = (year // 100 - 19) * 2 + (1 if sex == "FEMALE" else 0)
    # the province digits (001, 002, …) carry the serial's millions: ids stay unique past a million people
    citizen = f"{1 + (serial // 1_000_000):03d}{digit}{year % 100:02d}{serial % 1_000_000:06d}"
    adult = year < 2008
    middle = MIDDLE_F if sex == "FEMALE" else MIDDLE_M
    return {
        "fullName": f"{rnd.choice(FAMILY)} {rnd.choice(middle)} {rnd.choice(GIVEN)}",
        "dateOfBirth": born,
        "sex": sex,
        "relationship": relationship,
        "citizenId": citizen,
        "ethnicity": "KINH" if rnd.random() < 0.9 else "KHMER",
        "disability": "NONE",
        "schoolAttendance": "NOT_APPLICABLE" if adult else "ATTENDING",
        "educationLevel": "LOWER_SECONDARY" if adult else "PRIMARY",
        "employment": "SELF_EMPLOYED" if adult else "STUDENT",
        "labourContract": "NOT_APPLICABLE",
        "joinedOn": "2015-01-15" if born < "2015-01-15" else born,
    }


with open(f"{out}/households.ndjson", "w", encoding="utf-8") as nd, \
        open(f"{out}/household.copy", "w", encoding="utf-8") as hc, \
        open(f"{out}/household_member.copy", "w", encoding="utf-8") as mc:
    for i in range(n):
        hamlet, commune = hamlets[i % len(hamlets)]
        size = rnd.choices([1, 2, 3, 4, 5, 6], weights=[8, 15, 22, 28, 17, 10])[0]
        head_sex = "MALE" if rnd.random() < 0.7 else "FEMALE"
        members = [person("HEAD", head_sex, rnd.randint(1945, 1995))]
        if size > 1:
            members.append(person("SPOUSE", "FEMALE" if head_sex == "MALE" else "MALE", rnd.randint(1945, 1998)))
        for _ in range(size - len(members)):
            members.append(person("CHILD", rnd.choice(["MALE", "FEMALE"]), rnd.randint(2000, 2024)))
        housing = {"floorAreaM2": rnd.randint(18, 120), "wallMaterial": rnd.choice(MATERIAL), "roofMaterial": rnd.choice(MATERIAL),
                   "waterSource": rnd.choice(WATER), "latrineType": rnd.choice(LATRINE), "usesTelecom": rnd.random() < 0.8,
                   "devices": sorted(rnd.sample(["TV", "RADIO", "SMARTPHONE"], rnd.randint(0, 2)))}
        h = {"communeCode": commune, "hamletCode": hamlet, "address": f"Số {rnd.randint(1, 400)}, ấp {hamlet[-2:]}",
             "phone": f"09{rnd.randint(10_000_000, 99_999_999)}", "monthlyIncomePerCapitaVnd": rnd.randint(6, 60) * 100_000,
             "housing": housing, "members": members}
        nd.write(json.dumps(h, ensure_ascii=False, separators=(",", ":")))
        nd.write("\n")
        hid = uuid7()
        code = f"{commune}-{9_000_000 + i:07d}"
        head = members[0]["fullName"]
        hc.write("\t".join(esc(v) for v in [hid, code, commune, hamlet, h["address"], h["phone"], h["monthlyIncomePerCapitaVnd"],
                                           housing["floorAreaM2"], housing["wallMaterial"], None, housing["roofMaterial"],
                                           housing["waterSource"], housing["latrineType"], housing["usesTelecom"], None,
                                           "{" + ",".join(housing["devices"]) + "}", head, len(members), NOW, "bench", NOW, "bench", 0]))
        hc.write("\n")
        for m in members:
            mc.write("\t".join(esc(v) for v in [uuid7(), uuid7(), hid, m["fullName"], m["dateOfBirth"], m["sex"],
                                               m["relationship"], m["citizenId"], m["ethnicity"], m["disability"],
                                               m["schoolAttendance"], m["educationLevel"], m["employment"], m["labourContract"],
                                               None, None, m["joinedOn"], "REGISTERED", True]))
            mc.write("\n")
print(serial)
