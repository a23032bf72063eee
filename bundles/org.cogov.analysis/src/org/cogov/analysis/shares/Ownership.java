/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.shares;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cogov.model.Actor;
import org.cogov.model.Asset;
import org.cogov.model.AssetShare;

/** Who owns how much of an asset. */
public final class Ownership {

	private Ownership() {
	}

	/** Each owner's summed positive share of the asset, in the order the owners are listed. */
	public static Map<Actor, Double> of(Asset asset) {
		Map<Actor, Double> owners = new LinkedHashMap<>();
		for (AssetShare share : asset.getOwners()) {
			if (share.getOwner() != null && share.getShare() > 0) {
				owners.merge(share.getOwner(), share.getShare(), Double::sum);
			}
		}
		return owners;
	}
}
