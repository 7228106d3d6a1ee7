// The plain rows the build*() factories return, ready for createMany.
import type { BuyerType, BuyerVerification, CertificationStatus, CertificationType, MembershipRole, NeedStatus, OrgKind, OrgStatus, Sector } from "../../app/models/domain.ts";


export interface UserRow {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  passwordHash: string;
  locale: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface OrganisationRow {
  id: string;
  ref: string | null;
  kind: OrgKind;
  status: OrgStatus;
  name: string;
  slug: string;
  buyerType: BuyerType | null;
  regionCode: string | null;
  address: string | null;
  website: string | null;
  npwp: string | null;
  pkp: boolean;
  vatCollector: boolean;
  verification: BuyerVerification;
  verificationAskedAt: Date | null;
  verificationDecidedAt: Date | null;
  nib: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface MembershipRow {
  id: string;
  userId: string;
  organisationId: string;
  role: MembershipRole;
  createdAt: Date;
}

export interface ProducerProfileRow {
  id: string;
  organisationId: string;
  legalName: string;
  nib: string | null;
  sector: Sector;
  sentraName: string | null;
  provinceCode: string;
  regencyCode: string;
  address: string | null;
  employees: number | null;
  foundedYear: number | null;
  monthlyCapacity: number | null;
  capacityUnit: string | null;
  description: string | null;
  logoPath: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProducerKbliRow {
  producerId: string;
  code: string;
}

export interface ContactRow {
  id: string;
  producerId: string;
  name: string;
  position: string | null;
  phone: string | null;
  email: string | null;
}

export interface ProductRow {
  id: string;
  ref: string | null;
  producerId: string;
  name: string;
  description: string;
  category: string;
  unit: string;
  minOrder: number;
  monthlyCapacity: number | null;
  priceMin: number | null;
  priceMax: number | null;
  tkdnPercent: number | null;
  leadTimeDays: number | null;
  status: "active" | "archived";
  createdAt: Date;
  updatedAt: Date;
}

export interface CertificationRow {
  id: string;
  ref: string | null;
  producerId: string;
  type: CertificationType;
  number: string;
  issuer: string;
  validFrom: Date | null;
  validUntil: Date | null;
  tkdnPercent: number | null;
  documentPath: string | null;
  documentMime: string | null;
  status: CertificationStatus;
  verifiedById: string | null;
  verifiedAt: Date | null;
  rejectionReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CertificationProductRow {
  certificationId: string;
  productId: string;
}

export interface NeedRow {
  id: string;
  ref: string | null;
  buyerId: string;
  createdById: string | null;
  title: string;
  description: string;
  category: string;
  quantity: number;
  unit: string;
  deliveryProvinceCode: string;
  deliveryRegencyCode: string | null;
  neededBy: Date;
  minTkdnPercent: number | null;
  budgetPerUnit: number | null;
  budgetTotal: bigint | null;
  visibility: "public" | "invited";
  status: NeedStatus;
  publishedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NeedCertificationRow {
  needId: string;
  type: CertificationType;
}

/** Rows for createMany, in any amount; insertRows() writes them in foreign-key order. */